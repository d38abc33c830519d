package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ticksignal score} on the engine's committed test bundles (engine/src/test/resources/models, made by
 * engine/src/test/onnx/make_models.py): its output matches the producer's probabilities.
 */
final class ScoreCommandTest
{
    private static final Path MODELS = Path.of("..", "engine", "src", "test", "resources", "models");

    @TempDir
    Path temp;

    @Test
    void shouldScoreRawOnnxLikeTheProducer() throws IOException
    {
        final Path out = temp.resolve("scores.csv");
        final Path bundle = MODELS.resolve("gbdt_binary");
        final CommandRun run = CommandRun.of("score", "--onnx", bundle.resolve("model.onnx").toString(),
            "--input", bundle.resolve("inputs.csv").toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        final List<String> lines = Files.readAllLines(out);
        assertEquals("p0,p1", lines.get(0));
        assertMatches(lines, Files.readAllLines(bundle.resolve("expected.csv")), 1e-5);
    }

    @Test
    void shouldScoreSigmoidOutputWithOneColumn() throws IOException
    {
        final Path bundle = MODELS.resolve("logistic_binary");
        final CommandRun run = CommandRun.of("score", "--onnx", bundle.resolve("model.onnx").toString(),
            "--input", bundle.resolve("inputs.csv").toString(), "--output", "p_up");
        assertEquals(0, run.exitCode(), run.err());
        final List<String> lines = run.out().lines().toList();
        assertEquals("p0", lines.get(0));
        assertEquals(201, lines.size());
        final List<String> expected = Files.readAllLines(bundle.resolve("expected.csv"));
        assertEquals(Double.parseDouble(expected.get(1).split(",")[1]), Double.parseDouble(lines.get(1)), 1e-5);
    }

    @Test
    void shouldScoreBundleSelectingColumnsByHeader() throws IOException
    {
        final Path bundle = MODELS.resolve("softmax_3class");
        final List<String> inputs = Files.readAllLines(bundle.resolve("inputs.csv"));
        final Path shuffled = temp.resolve("features.csv");
        final StringBuilder text = new StringBuilder();
        for (final String line : inputs)
        {
            final String[] cells = line.split(",");
            text.append("7,").append(cells[5]).append(',');
            text.append(String.join(",", List.of(cells).subList(0, 5))).append('\n');
        }
        Files.writeString(shuffled, text.toString().replaceFirst("7,", "extra,"));
        final CommandRun run = CommandRun.of("score", "--bundle", bundle.toString(), "--input", shuffled.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertMatches(run.out().lines().toList(), Files.readAllLines(bundle.resolve("expected.csv")), 1e-5);
    }

    @Test
    void shouldReportBadCellWithFileLineAndColumn() throws IOException
    {
        final Path rows = temp.resolve("rows.csv");
        Files.writeString(rows, "a,b,c,d,e,f\n1,2,3,4,5,6\n1,2,x,4,5,6\n");
        final CommandRun run = CommandRun.of("score", "--onnx",
            MODELS.resolve("logistic_binary").resolve("model.onnx").toString(), "--input", rows.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(rows + ":3:3: 'x' is not a number"), run.err());
    }

    @Test
    void shouldReportWrongWidth() throws IOException
    {
        final Path rows = temp.resolve("rows.csv");
        Files.writeString(rows, "1,2,3,4,5\n");
        final CommandRun run = CommandRun.of("score", "--onnx",
            MODELS.resolve("logistic_binary").resolve("model.onnx").toString(), "--input", rows.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("5 input columns given but input 'features' takes 6"), run.err());
    }

    @Test
    void shouldReportInvalidBundle()
    {
        final CommandRun run = CommandRun.of("score", "--bundle", temp.toString(), "--input", "rows.csv");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no such file: rows.csv"), run.err());
    }

    @Test
    void shouldRejectBothModelSourcesAsUsageError()
    {
        final CommandRun run = CommandRun.of("score", "--onnx", "a.onnx", "--bundle", "b", "--input", "rows.csv");
        assertEquals(2, run.exitCode());
    }

    private static void assertMatches(final List<String> actual, final List<String> expected, final double tolerance)
    {
        assertEquals(expected.size(), actual.size());
        for (int row = 1; row < expected.size(); row++)
        {
            final String[] e = expected.get(row).split(",");
            final String[] a = actual.get(row).split(",");
            assertEquals(e.length, a.length);
            for (int k = 0; k < e.length; k++)
            {
                assertEquals(Double.parseDouble(e[k]), Double.parseDouble(a[k]), tolerance, "row " + row);
            }
        }
    }
}
