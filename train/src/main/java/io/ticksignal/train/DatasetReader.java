package io.ticksignal.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.ticksignal.engine.feature.catalog.FeatureExpressionException;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.model.LabelSpec;

/**
 * Reads a dataset written by {@code ticksignal dataset}: {@code DATA.csv} (header
 * {@code time_ns,time,instrument,<features...>,fwd_return,label}, rows in time order) and its sidecar
 * {@code DATA.csv.meta.yaml}. Every problem ends in a {@link TrainingException} naming the file and, for the CSV,
 * {@code file:line:column} (column = 1-based field number): a missing sidecar or key, a feature or label expression
 * the engine does not know, a header that does not match
 * the sidecar's features, a bad or empty number, a non-finite feature, an unknown label, a row earlier than the one
 * before it, a row count or checksum that differs from the sidecar. Cold path; stateless.
 */
public final class DatasetReader
{
    /** Suffix of the sidecar file name. */
    public static final String META_SUFFIX = ".meta.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final int LEADING_COLUMNS = 3;
    private static final FeatureExpressionParser PARSER = FeatureExpressionParser.standard();

    private DatasetReader()
    {
    }

    /**
     * @param csv the dataset CSV; its sidecar is {@code csv + ".meta.yaml"}.
     * @return the dataset.
     * @throws TrainingException saying what is wrong and where.
     */
    public static Dataset read(final Path csv)
    {
        if (!Files.isRegularFile(csv))
        {
            throw new TrainingException(csv + ": no such dataset file; write one with `ticksignal dataset`");
        }
        final Path metaFile = csv.resolveSibling(csv.getFileName() + META_SUFFIX);
        final DatasetMeta meta = readMeta(metaFile);
        final String sha256;
        final List<String> lines;
        try
        {
            // One read: the checksum is of exactly the bytes parsed.
            final byte[] bytes = Files.readAllBytes(csv);
            sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("the JDK has no SHA-256", ex);
        }
        catch (final IOException ex)
        {
            throw new TrainingException(csv + ": cannot read: " + ex.getMessage(), ex);
        }
        final Dataset dataset = parse(csv, meta, sha256, lines);
        if (dataset.rowCount() != meta.rows())
        {
            throw new TrainingException(csv + ": has " + dataset.rowCount() + " rows but " + metaFile + " says rows: "
                + meta.rows() + "; the two files do not belong together (rewrite them with `ticksignal dataset`)");
        }
        if (!meta.csvSha256().isEmpty() && !meta.csvSha256().equals(sha256))
        {
            throw new TrainingException(csv + ": sha256 is " + sha256 + " but " + metaFile + " says csvSha256: "
                + meta.csvSha256() + "; the CSV changed after it was written (rewrite it with `ticksignal dataset`)");
        }
        return dataset;
    }

    static DatasetMeta readMeta(final Path metaFile)
    {
        if (!Files.isRegularFile(metaFile))
        {
            throw new TrainingException(metaFile + ": missing; every dataset CSV needs its sidecar (features, label,"
                + " rows, csvSha256) as written by `ticksignal dataset` next to the CSV");
        }
        final JsonNode root;
        try
        {
            root = YAML.readTree(metaFile.toFile());
        }
        catch (final IOException ex)
        {
            throw new TrainingException(metaFile + ": cannot read it as YAML: " + ex.getMessage(), ex);
        }
        if (root == null || !root.isObject())
        {
            throw new TrainingException(metaFile + ": must be a YAML mapping (format, source, command, features,"
                + " label, rows, csvSha256)");
        }
        final String format = root.path("format").asText("");
        if (!DatasetMeta.FORMAT.equals(format))
        {
            throw new TrainingException(metaFile + ": format: '" + format + "' is not " + DatasetMeta.FORMAT
                + "; this trainer reads " + DatasetMeta.FORMAT + " datasets");
        }
        final JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty())
        {
            throw new TrainingException(metaFile + ": features: missing or empty; must list the feature expressions");
        }
        final List<String> names = new ArrayList<>();
        features.forEach(node -> names.add(node.asText().strip()));
        final JsonNode label = root.path("label");
        final String expression = label.path("expression").asText("");
        if (!label.isObject() || expression.isBlank())
        {
            throw new TrainingException(metaFile + ": label.expression: missing; e.g. label: {expression:"
                + " \"fwd_return(5)@1m\", classes: 2, threshold: 0.0}");
        }
        checkExpressions(metaFile, names, expression.strip());
        final int classes = label.path("classes").asInt(2);
        if (classes != 2 && classes != 3)
        {
            throw new TrainingException(metaFile + ": label.classes: " + label.path("classes").asText()
                + " is not allowed: 2 (DOWN, UP) or 3 (DOWN, FLAT, UP)");
        }
        final JsonNode rows = root.path("rows");
        if (!rows.canConvertToLong() || !rows.isIntegralNumber())
        {
            throw new TrainingException(metaFile + ": rows: missing or not a whole number");
        }
        return new DatasetMeta(root.path("source").asText(""), root.path("command").asText(""), List.copyOf(names),
            expression.strip(), classes, label.path("threshold").asDouble(0.0), rows.asLong(),
            root.path("csvSha256").asText(""));
    }

    private static void checkExpressions(final Path metaFile, final List<String> features, final String label)
    {
        for (int i = 0; i < features.size(); i++)
        {
            try
            {
                PARSER.parse(features.get(i));
            }
            catch (final FeatureExpressionException ex)
            {
                throw new TrainingException(metaFile + ": features[" + i + "]: unknown feature expression: "
                    + ex.getMessage() + " (see `ticksignal features --list`)", ex);
            }
        }
        try
        {
            LabelSpec.parse(label, 2, 0.0);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new TrainingException(metaFile + ": label.expression: " + ex.getMessage(), ex);
        }
    }

    private static Dataset parse(final Path csv, final DatasetMeta meta, final String sha256, final List<String> lines)
    {
        if (lines.isEmpty())
        {
            throw new TrainingException(csv + ":1:1: empty file; expected the header " + expectedHeader(meta));
        }
        checkHeader(csv, meta, CsvLine.split(lines.get(0)));
        final int width = meta.features().size();
        final int expectedFields = LEADING_COLUMNS + width + 2;
        final List<String> classNames = meta.classNames();
        final List<double[]> rows = new ArrayList<>();
        final long[] times = new long[lines.size()];
        final int[] labels = new int[lines.size()];
        final double[] returns = new double[lines.size()];
        for (int l = 1; l < lines.size(); l++)
        {
            final String text = lines.get(l);
            final int lineNumber = l + 1;
            if (text.isEmpty() && l == lines.size() - 1)
            {
                break;
            }
            final List<String> fields = CsvLine.split(text);
            final String where = csv + ":" + lineNumber + ":";
            if (fields.size() != expectedFields)
            {
                throw new TrainingException(where + "1: " + fields.size() + " fields but the header has "
                    + expectedFields);
            }
            final int row = rows.size();
            times[row] = parseTime(where, fields.get(0));
            if (row > 0 && times[row] < times[row - 1])
            {
                throw new TrainingException(where + "1: time_ns " + times[row] + " is earlier than the row before ("
                    + times[row - 1] + "); dataset rows must be in time order");
            }
            final double[] values = new double[width];
            for (int i = 0; i < width; i++)
            {
                values[i] = parseFinite(where + (LEADING_COLUMNS + i + 1) + ": feature '" + meta.features().get(i)
                    + "'", fields.get(LEADING_COLUMNS + i));
            }
            rows.add(values);
            returns[row] = parseFinite(where + (LEADING_COLUMNS + width + 1) + ": fwd_return",
                fields.get(LEADING_COLUMNS + width));
            final String label = fields.get(LEADING_COLUMNS + width + 1).strip();
            labels[row] = classNames.indexOf(label);
            if (labels[row] < 0)
            {
                throw new TrainingException(where + (LEADING_COLUMNS + width + 2) + ": unknown label '" + label
                    + "'; a " + meta.classes() + "-class dataset has labels " + String.join(", ", classNames));
            }
        }
        final int count = rows.size();
        if (count == 0)
        {
            throw new TrainingException(csv + ":2:1: the dataset has a header but no rows");
        }
        return new Dataset(csv, sha256, meta, Arrays.copyOf(times, count), rows.toArray(new double[0][]),
            Arrays.copyOf(labels, count), Arrays.copyOf(returns, count));
    }

    private static void checkHeader(final Path csv, final DatasetMeta meta, final List<String> header)
    {
        final List<String> expected = expectedColumns(meta);
        for (int i = 0; i < Math.max(expected.size(), header.size()); i++)
        {
            final String found = i < header.size() ? header.get(i).strip() : "(none)";
            final String wanted = i < expected.size() ? expected.get(i) : "(none)";
            if (!found.equals(wanted))
            {
                throw new TrainingException(csv + ":1:" + (i + 1) + ": header column '" + found + "' where '"
                    + wanted + "' was expected; the header must be " + expectedHeader(meta) + " (features as in "
                    + csv.getFileName() + META_SUFFIX + ")");
            }
        }
    }

    private static List<String> expectedColumns(final DatasetMeta meta)
    {
        final List<String> columns = new ArrayList<>(List.of("time_ns", "time", "instrument"));
        columns.addAll(meta.features());
        columns.add("fwd_return");
        columns.add("label");
        return columns;
    }

    private static String expectedHeader(final DatasetMeta meta)
    {
        return String.join(",", expectedColumns(meta));
    }

    private static long parseTime(final String where, final String text)
    {
        try
        {
            return Long.parseLong(text.strip());
        }
        catch (final NumberFormatException ex)
        {
            throw new TrainingException(where + "1: time_ns '" + text + "' is not a whole number of nanoseconds", ex);
        }
    }

    private static double parseFinite(final String where, final String text)
    {
        final String value = text.strip();
        if (value.isEmpty())
        {
            throw new TrainingException(where + " is empty; every row needs every value (the dataset keeps only"
                + " rows with every feature warm)");
        }
        final double parsed;
        try
        {
            parsed = Double.parseDouble(value);
        }
        catch (final NumberFormatException ex)
        {
            throw new TrainingException(where + " '" + value + "' is not a number", ex);
        }
        if (!Double.isFinite(parsed))
        {
            throw new TrainingException(where + " is " + value + "; values must be finite numbers");
        }
        return parsed;
    }
}
