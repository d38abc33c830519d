package io.ticksignal.codecs.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import io.ticksignal.codecs.wire.FixedPoint;

/**
 * The shared engine of the typed readers: checks the header, then parses each row's time and
 * decimal columns in place into primitive arrays indexed by canonical column, applying the
 * {@link BadRowPolicy}. Allocates nothing per row except for kept error messages.
 * Single-threaded.
 */
final class CsvRecordReader implements AutoCloseable
{
    private static final int NO_SCALE = Integer.MIN_VALUE;
    private static final int MAX_FOUND_CHARS = 200;

    private final CsvLineSource source;
    private final MarketDataFormat format;
    private final BadRowPolicy policy;
    private final int[] fieldOfColumn;
    private final String[] headerNames;
    private final long[] mantissas;
    private final int[] exponents;
    private final int[] scales;
    private final long[] scaledValues;
    private final DecimalParser decimalParser = new DecimalParser();
    private final TimestampParser timestampParser = new TimestampParser();
    private final List<String> firstErrors = new ArrayList<>(MarketDataReader.MAX_KEPT_ERRORS);
    private long timestampNs;
    private long rowsRead;
    private long rowsSkipped;
    private FieldProblem problem;
    private int problemField;

    private CsvRecordReader(final CsvLineSource source, final MarketDataFormat format, final BadRowPolicy policy)
    {
        this.source = source;
        this.format = format;
        this.policy = policy;
        final int columns = format.columnCount();
        this.fieldOfColumn = new int[columns];
        this.mantissas = new long[columns];
        this.exponents = new int[columns];
        this.scales = new int[columns];
        this.scaledValues = new long[columns];
        Arrays.fill(scales, NO_SCALE);
        this.headerNames = new CsvHeader(source, format).bind(fieldOfColumn);
    }

    static CsvRecordReader open(final Path file, final MarketDataFormat format, final BadRowPolicy policy)
    {
        final InputStream in;
        try
        {
            in = Files.newInputStream(file);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot open " + file, ex);
        }
        return open(in, file.toString(), format, policy);
    }

    static CsvRecordReader open(
        final InputStream in, final String displayName, final MarketDataFormat format, final BadRowPolicy policy)
    {
        final CsvLineSource source = new CsvLineSource(
            new InputStreamReader(in, StandardCharsets.UTF_8), displayName, CsvLineSource.DEFAULT_BUFFER_CHARS);
        try
        {
            return new CsvRecordReader(source, format, Objects.requireNonNull(policy, "policy"));
        }
        catch (final RuntimeException ex)
        {
            try
            {
                source.close();
            }
            catch (final UncheckedIOException closeFailure)
            {
                ex.addSuppressed(closeFailure);
            }
            throw ex;
        }
    }

    boolean next()
    {
        while (source.nextLine())
        {
            if (source.isBlankLine())
            {
                continue;
            }
            if (parseRow())
            {
                rowsRead++;
                return true;
            }
            final MarketDataFormatException error = rowError();
            if (policy == BadRowPolicy.FAIL)
            {
                throw error;
            }
            rowsSkipped++;
            if (firstErrors.size() < MarketDataReader.MAX_KEPT_ERRORS)
            {
                firstErrors.add(error.getMessage());
            }
        }
        return false;
    }

    private boolean parseRow()
    {
        final int fieldCount = source.fieldCount();
        if (fieldCount != headerNames.length)
        {
            problem = FieldProblem.FIELD_COUNT;
            problemField = Math.min(fieldCount, headerNames.length);
            return false;
        }
        final char[] buffer = source.buffer();
        for (int column = 0; column < fieldOfColumn.length; column++)
        {
            final int field = fieldOfColumn[column];
            int start = source.fieldStart(field);
            int end = source.fieldEnd(field);
            while (start < end && isSpace(buffer[start]))
            {
                start++;
            }
            while (end > start && isSpace(buffer[end - 1]))
            {
                end--;
            }
            problem = start == end ? FieldProblem.EMPTY : parseColumn(column, buffer, start, end);
            if (problem != null)
            {
                problemField = field;
                return false;
            }
        }
        return true;
    }

    private FieldProblem parseColumn(final int column, final char[] buffer, final int start, final int end)
    {
        if (column == 0)
        {
            final FieldProblem timeProblem = timestampParser.parse(buffer, start, end);
            timestampNs = timestampParser.timestampNs();
            return timeProblem;
        }
        final FieldProblem decimalProblem = decimalParser.parse(buffer, start, end);
        if (decimalProblem != null)
        {
            return decimalProblem;
        }
        final long mantissa = decimalParser.mantissa();
        final int exponent = decimalParser.exponent();
        if (!FixedPoint.isValidExponent(exponent))
        {
            // Wire values cannot carry it, and a double of it would be NaN: reject the row here.
            return FieldProblem.EXPONENT_OUT_OF_RANGE;
        }
        mantissas[column] = mantissa;
        exponents[column] = exponent;
        final int scale = scales[column];
        if (scale != NO_SCALE)
        {
            final long scaled = FixedPoint.rescale(mantissa, exponent, -scale);
            if (scaled == FixedPoint.NOT_EXACT)
            {
                return rescaleProblem(FixedPoint.rescaleOutcome(mantissa, exponent, -scale), exponent, scale);
            }
            scaledValues[column] = scaled;
        }
        return null;
    }

    /**
     * Why a parsed decimal did not rescale. The scale is valid, so an invalid exponent is the
     * parsed one, outside the Decimal64 range: above it, a non-zero value needs more than 18
     * digits before the point, an overflow; below it, the value is taken as having digits finer
     * than 10^-18, a precision loss (even in the rare form {@code 100e-20}, whose extra digits are zeros).
     */
    private static FieldProblem rescaleProblem(final int outcome, final int exponent, final int scale)
    {
        switch (outcome)
        {
            case FixedPoint.OVERFLOW:
                return FieldProblem.SCALE_OVERFLOW;
            case FixedPoint.PRECISION_LOSS:
                return FieldProblem.SCALE_PRECISION_LOSS;
            default:
                return (long)exponent + scale >= 0 ? FieldProblem.SCALE_OVERFLOW : FieldProblem.SCALE_PRECISION_LOSS;
        }
    }

    private static boolean isSpace(final char c)
    {
        return c == ' ' || c == '\t';
    }

    private MarketDataFormatException rowError()
    {
        final String columnName = problemField < headerNames.length ? headerNames[problemField] : "";
        final String expected;
        final String found;
        switch (problem)
        {
            case FIELD_COUNT:
                expected = headerNames.length + " fields as in the header (this row has " + source.fieldCount() + ")";
                found = shorten(source.lineText());
                break;
            case SCALE_PRECISION_LOSS:
                expected = "a value with at most " + scales[columnOfField(problemField)] + " decimal places";
                found = shorten(source.fieldText(problemField));
                break;
            case SCALE_OVERFLOW:
                expected = "a value that fits a 64-bit long at " + scales[columnOfField(problemField)]
                    + " decimal places";
                found = shorten(source.fieldText(problemField));
                break;
            default:
                expected = problem.expected();
                found = shorten(source.fieldText(problemField));
                break;
        }
        return new MarketDataFormatException(
            source.fileName(), source.lineNumber(), problemField + 1, columnName, expected, found);
    }

    private int columnOfField(final int field)
    {
        for (int column = 0; column < fieldOfColumn.length; column++)
        {
            if (fieldOfColumn[column] == field)
            {
                return column;
            }
        }
        throw new IllegalStateException("field " + field + " is not a required column");
    }

    private static String shorten(final String text)
    {
        return text.length() <= MAX_FOUND_CHARS ? text : text.substring(0, MAX_FOUND_CHARS) + "...";
    }

    /**
     * Require a decimal column to rescale exactly to {@code decimals} places on every row; a row
     * where it does not is malformed. Takes effect from the next row.
     */
    void scale(final int column, final int decimals)
    {
        if (!FixedPoint.isValidScale(decimals))
        {
            throw new IllegalArgumentException(
                "decimal places must be within 0.." + FixedPoint.MAX_SCALE + ", found " + decimals);
        }
        scales[column] = decimals;
    }

    long scaled(final int column)
    {
        if (scales[column] == NO_SCALE)
        {
            throw new IllegalStateException(
                "no scale configured for column '" + format.columnNames().get(column) + "'");
        }
        return scaledValues[column];
    }

    long timestampNs()
    {
        return timestampNs;
    }

    long mantissa(final int column)
    {
        return mantissas[checkDecimalColumn(column)];
    }

    int exponent(final int column)
    {
        return exponents[checkDecimalColumn(column)];
    }

    double value(final int column)
    {
        final int checked = checkDecimalColumn(column);
        return FixedPoint.toDouble(mantissas[checked], exponents[checked]);
    }

    private int checkDecimalColumn(final int column)
    {
        if (column < 1 || column >= mantissas.length)
        {
            throw new IndexOutOfBoundsException(
                "decimal column of " + format + " must be within 1.." + (mantissas.length - 1) + ", was " + column);
        }
        return column;
    }

    MarketDataFormat format()
    {
        return format;
    }

    String fileName()
    {
        return source.fileName();
    }

    long lineNumber()
    {
        return source.lineNumber();
    }

    long rowsRead()
    {
        return rowsRead;
    }

    long rowsSkipped()
    {
        return rowsSkipped;
    }

    List<String> firstErrors()
    {
        return Collections.unmodifiableList(firstErrors);
    }

    @Override
    public void close()
    {
        source.close();
    }
}
