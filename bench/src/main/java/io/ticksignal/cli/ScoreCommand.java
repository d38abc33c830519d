package io.ticksignal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.ticksignal.engine.model.BundleScorer;
import io.ticksignal.engine.model.ModelBundle;
import io.ticksignal.engine.model.ModelBundleException;
import io.ticksignal.engine.model.onnx.OnnxModelException;
import io.ticksignal.engine.model.onnx.OnnxScorer;
import io.ticksignal.engine.model.onnx.OnnxScorerOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ticksignal score}: score a raw ONNX file or a model bundle on a CSV of rows, offline, exactly as the engine
 * scores in-line; how users check that the engine agrees with their training library.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
        "Score a raw ONNX model (--onnx) or a model bundle (--bundle) on the rows of a CSV and write a CSV.",
        "--onnx: the input's numeric columns, in order, are the model's input row (float32); a first line with a",
        "non-numeric cell is a header and is skipped. Writes one column per element of the chosen output (default: the",
        "first float tensor output), header p0,p1,..., values as float32 at full precision (Float.toString round-trips).",
        "--bundle: writes the bundle's calibrated class probabilities in label order, header p0,p1,... (Double",
        "precision). With a header row the columns are picked by the bundle's feature expressions (quote names that",
        "hold commas, e.g. \"macd(12,26,9)\"); without one the columns are taken in order."
    },
    footer = {
        "",
        "Examples:",
        "  ticksignal score --onnx model.onnx --input rows.csv --out scores.csv",
        "  ticksignal score --onnx gbdt.onnx --input rows.csv --out scores.csv --output probabilities",
        "  ticksignal score --bundle models/m1 --input features.csv",
        "Exit codes: 0 ok, 1 bad model or input (file:line:column), 2 usage error." })
final class ScoreCommand implements Runnable
{
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ModelSource source;

    @Option(names = { "-i", "--input" }, required = true, paramLabel = "FILE", description = "CSV of input rows.")
    Path input;

    @Option(names = { "-o", "--out" }, paramLabel = "FILE", defaultValue = "-",
        description = "Output CSV, '-' for standard output (default).")
    String out;

    @Option(names = "--output", paramLabel = "NAME",
        description = "With --onnx: the output tensor to write (default: the first float tensor output).")
    String outputName;

    static final class ModelSource
    {
        @Option(names = "--onnx", paramLabel = "FILE", description = "A raw .onnx model file.")
        Path onnx;

        @Option(names = "--bundle", paramLabel = "DIR", description = "A model bundle directory (model.yaml).")
        Path bundle;
    }

    @Override
    public void run()
    {
        if (outputName != null && source.onnx == null)
        {
            throw new ParameterException(spec.commandLine(), "--output goes with --onnx; a bundle names its output");
        }
        final CsvTable table = CsvTable.read(input);
        if (source.onnx != null)
        {
            scoreOnnx(table);
        }
        else
        {
            scoreBundle(table);
        }
    }

    private void scoreOnnx(final CsvTable table)
    {
        if (!Files.isRegularFile(source.onnx))
        {
            throw new UserErrorException("no such model file: " + source.onnx);
        }
        final int width = table.width();
        try (OnnxScorer scorer = OnnxScorer.open(source.onnx, null, outputName, width, OnnxScorerOptions.defaults()))
        {
            final double[] output = new double[scorer.outputWidth()];
            write(output.length, (writer, row) ->
            {
                scorer.score(table.rows.get(row), output);
                for (int k = 0; k < output.length; k++)
                {
                    writer.append(k == 0 ? "" : ",").append(Float.toString((float)output[k]));
                }
            }, table.rows.size());
        }
        catch (final OnnxModelException ex)
        {
            throw new UserErrorException(input + " (" + width + " columns) cannot be scored by " + ex.getMessage(), ex);
        }
    }

    private void scoreBundle(final CsvTable table)
    {
        final ModelBundle bundle;
        try
        {
            bundle = ModelBundle.load(source.bundle);
        }
        catch (final ModelBundleException ex)
        {
            throw new UserErrorException(ex.getMessage(), ex);
        }
        final int[] columns = table.columnsFor(bundle.features());
        final double[] features = new double[columns.length];
        try (BundleScorer scorer = bundle.openScorer())
        {
            final double[] output = new double[scorer.outputWidth()];
            write(output.length, (writer, row) ->
            {
                final double[] cells = table.rows.get(row);
                for (int i = 0; i < columns.length; i++)
                {
                    features[i] = cells[columns[i]];
                }
                scorer.score(features, output);
                for (int k = 0; k < output.length; k++)
                {
                    writer.append(k == 0 ? "" : ",").append(Double.toString(output[k]));
                }
            }, table.rows.size());
        }
    }

    private void write(final int columns, final RowWriter rowWriter, final int rowCount)
    {
        try (Writer target = "-".equals(out) ? null : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8))
        {
            final PrintWriter writer = target == null ? spec.commandLine().getOut() : new PrintWriter(target);
            for (int k = 0; k < columns; k++)
            {
                writer.append(k == 0 ? "p0" : ",p" + k);
            }
            writer.append('\n');
            for (int row = 0; row < rowCount; row++)
            {
                rowWriter.write(writer, row);
                writer.append('\n');
            }
            writer.flush();
        }
        catch (final IOException ex)
        {
            throw new UserErrorException("cannot write " + out + ": " + ex.getMessage(), ex);
        }
    }

    @FunctionalInterface
    private interface RowWriter
    {
        void write(PrintWriter writer, int row);
    }

    /**
     * The input CSV: an optional header (a first line with a non-numeric cell) and rows of numbers, all the same width.
     */
    static final class CsvTable
    {
        final Path file;
        final List<String> header;
        final List<double[]> rows = new ArrayList<>();

        private CsvTable(final Path file, final List<String> header)
        {
            this.file = file;
            this.header = header;
        }

        static CsvTable read(final Path file)
        {
            final List<String> lines;
            try
            {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            }
            catch (final NoSuchFileException ex)
            {
                throw new UserErrorException("no such file: " + file, ex);
            }
            catch (final IOException ex)
            {
                throw new UserErrorException("cannot read " + file + ": " + ex.getMessage(), ex);
            }
            int first = 0;
            while (first < lines.size() && lines.get(first).isBlank())
            {
                first++;
            }
            if (first == lines.size())
            {
                throw new UserErrorException(file + ": no rows to score");
            }
            final List<String> firstCells = split(lines.get(first));
            final boolean hasHeader = firstCells.stream().anyMatch(cell -> !isNumber(cell));
            final CsvTable table = new CsvTable(file, hasHeader ? firstCells : null);
            for (int i = hasHeader ? first + 1 : first; i < lines.size(); i++)
            {
                if (!lines.get(i).isBlank())
                {
                    table.rows.add(table.parse(lines.get(i), i + 1));
                }
            }
            if (table.rows.isEmpty())
            {
                throw new UserErrorException(file + ": no rows to score after the header");
            }
            return table;
        }

        int width()
        {
            return rows.get(0).length;
        }

        int[] columnsFor(final List<String> features)
        {
            final int[] columns = new int[features.size()];
            for (int i = 0; i < columns.length; i++)
            {
                columns[i] = header == null ? i : header.indexOf(features.get(i));
                if (columns[i] < 0)
                {
                    throw new UserErrorException(file + ":1: no column '" + features.get(i) + "' in the header "
                        + header + "; the bundle takes " + features);
                }
            }
            if (header == null && width() != features.size())
            {
                throw new UserErrorException(file + ": rows have " + width() + " columns but the bundle takes "
                    + features.size() + " features " + features + "; add a header naming them or give one column each");
            }
            return columns;
        }

        private double[] parse(final String line, final int lineNumber)
        {
            final List<String> cells = split(line);
            if (!rows.isEmpty() && cells.size() != width() || header != null && cells.size() != header.size())
            {
                final int expected = header != null ? header.size() : width();
                throw new UserErrorException(file + ":" + lineNumber + ": " + cells.size() + " columns but "
                    + (header != null ? "the header has " : "the first row has ") + expected);
            }
            final double[] values = new double[cells.size()];
            for (int c = 0; c < values.length; c++)
            {
                final String cell = cells.get(c);
                if (!isNumber(cell))
                {
                    throw new UserErrorException(file + ":" + lineNumber + ":" + (c + 1) + ": '" + cell
                        + "' is not a number (every cell after the header must be numeric)");
                }
                values[c] = Double.parseDouble(cell.strip());
            }
            return values;
        }

        private static boolean isNumber(final String cell)
        {
            try
            {
                Double.parseDouble(cell.strip());
                return !cell.isBlank();
            }
            catch (final NumberFormatException ex)
            {
                return false;
            }
        }

        private static List<String> split(final String line)
        {
            final List<String> cells = new ArrayList<>();
            final StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++)
            {
                final char c = line.charAt(i);
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == ',' && !quoted)
                {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                }
                else if (c != '\r')
                {
                    cell.append(c);
                }
            }
            cells.add(cell.toString().strip());
            return cells;
        }
    }
}
