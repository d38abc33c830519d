package io.ticksignal.engine.feature.offline;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataFormat;
import io.ticksignal.codecs.text.MarketDataReader;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A market-data CSV to run features over: a file of a given format, or a bundled data set. It can
 * be opened more than once (the runner reads a bar file twice: once to learn its interval). Malformed
 * rows fail the read ({@link BadRowPolicy#FAIL}) with file, line and column.
 */
public final class MarketDataInput
{
    private final String name;
    private final MarketDataFormat format;
    private final Path file;
    private final MarketDataSet dataSet;

    private MarketDataInput(final String name, final MarketDataFormat format, final Path file, final MarketDataSet dataSet)
    {
        this.name = name;
        this.format = format;
        this.file = file;
        this.dataSet = dataSet;
    }

    /**
     * @param file   a CSV file.
     * @param format its format.
     * @return the input.
     */
    public static MarketDataInput file(final Path file, final MarketDataFormat format)
    {
        return new MarketDataInput(file.toString(), Objects.requireNonNull(format, "format"), file, null);
    }

    /**
     * @param dataSet a bundled data set; its format is its own.
     * @return the input.
     */
    public static MarketDataInput dataSet(final MarketDataSet dataSet)
    {
        return new MarketDataInput(dataSet.resourceName(), dataSet.format(), null, dataSet);
    }

    /**
     * @return a new reader positioned after the header; the caller closes it.
     * @throws io.ticksignal.codecs.text.MarketDataFormatException if the header is wrong.
     * @throws java.io.UncheckedIOException if the file cannot be read.
     */
    MarketDataReader open()
    {
        return file != null ? format.open(file, BadRowPolicy.FAIL) : dataSet.openReader(BadRowPolicy.FAIL);
    }

    /**
     * @return the display name (the path as given, or the data set's file name).
     */
    public String name()
    {
        return name;
    }

    /**
     * @return the input's format.
     */
    public MarketDataFormat format()
    {
        return format;
    }

    @Override
    public String toString()
    {
        return name + " (" + format.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
