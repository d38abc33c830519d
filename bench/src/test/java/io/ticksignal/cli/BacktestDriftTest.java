package io.ticksignal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drift section of {@code ticksignal backtest} on the journal of an in-process demo run: with a bundle that has
 * training histograms and a label, without a model to replay, and with a configuration whose model is missing.
 */
class BacktestDriftTest
{
    private static final int TRADES = 20_000;
    private static final Pattern RUN_DIRECTORY = Pattern.compile("demo: run directory (\\S+)");
    private static final Pattern JOURNAL = Pattern.compile("demo: journal (\\S+) ");
    private static final Path DEMO_BUNDLE = Path.of("..", "config", "models", "demo-btc", "1");
    private static final Path DEMO_CONFIG = Path.of("..", "config", "demo.yaml");
    private static final String MONITORING_BLOCKS = String.join("\n",
        "label:",
        "  expression: \"fwd_return(5)@1m\"",
        "  classes: 2",
        "  threshold: 0.0",
        "monitoring:",
        "  histograms:",
        "    - feature: \"rsi(14)@1m\"",
        "      edges: [40.0, 50.0, 60.0]",
        "      fractions: [0.25, 0.25, 0.25, 0.25]",
        "    - feature: \"roc(5)@1m\"",
        "      edges: [-0.1, 0.0, 0.1]",
        "      fractions: [0.25, 0.25, 0.25, 0.25]",
        "");

    private static Path runDirectory;
    private static Path journal;

    @TempDir
    Path out;

    @BeforeAll
    static void runTheDemo()
    {
        final CommandRun demo = CommandRun.of("demo", "--trades", Integer.toString(TRADES), "--samples", "0");
        assertEquals(0, demo.exitCode(), demo.err());
        final Matcher run = RUN_DIRECTORY.matcher(demo.out());
        final Matcher journalPath = JOURNAL.matcher(demo.out());
        assertTrue(run.find() && journalPath.find(), demo.out());
        runDirectory = Path.of(run.group(1));
        journal = Path.of(journalPath.group(1));
    }

    @AfterAll
    static void deleteTheDemo() throws IOException
    {
        if (null != runDirectory)
        {
            try (Stream<Path> paths = Files.walk(runDirectory))
            {
                for (final Path path : paths.sorted(Comparator.reverseOrder()).toList())
                {
                    Files.delete(path);
                }
            }
        }
    }

    private Path monitoredBundle() throws IOException
    {
        final Path bundle = Files.createDirectories(out.resolve("monitored-bundle"));
        Files.copy(DEMO_BUNDLE.resolve("model.onnx"), bundle.resolve("model.onnx"));
        Files.writeString(bundle.resolve("model.yaml"),
            Files.readString(DEMO_BUNDLE.resolve("model.yaml")) + MONITORING_BLOCKS);
        return bundle;
    }

    private Path configWithSmallWindows() throws IOException
    {
        final Path config = out.resolve("engine.yaml");
        Files.writeString(config, Files.readString(DEMO_CONFIG)
            .replace("  window: 500", "  window: 100")
            .replace("  accuracyWindow: 500", "  accuracyWindow: 200")
            .replace("  minLabels: 100", "  minLabels: 20"));
        return config;
    }

    @Test
    void shouldShowDriftWhenTheBundleHasHistogramsAndALabel() throws IOException
    {
        final CommandRun run = CommandRun.of("backtest", "--journal", journal.toString(),
            "--bundle", monitoredBundle().toString(), "--config", configWithSmallWindows().toString(),
            "--out", out.resolve("report").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("backtest: drift: 2 feature(s), max psi "), run.out());
        final JsonNode drift = new ObjectMapper().readTree(out.resolve("report/metrics.json").toFile()).at("/drift");
        assertTrue(drift.at("/monitored").asBoolean());
        assertEquals(100, drift.at("/window").asInt());
        assertEquals("rsi(14)@1m", drift.at("/features/0/feature").asText());
        assertTrue(drift.at("/features/0/psi").isNumber(), drift.toString());
        assertTrue(drift.at("/features/1/psi").isNumber(), drift.toString());
        assertEquals(200, drift.at("/labelsInWindow").asInt(), drift.toString());
        final double accuracy = drift.at("/rollingAccuracy").asDouble();
        assertTrue(accuracy > 0.2 && accuracy < 0.8, drift.toString());
        final String html = Files.readString(out.resolve("report/report.html"));
        assertTrue(html.contains("<svg id=\"chart-drift-psi\""));
        assertTrue(html.contains("<svg id=\"chart-drift-accuracy\""));
    }

    @Test
    void shouldSayTheDriftSectionIsNotComputedWithoutAModel() throws IOException
    {
        final CommandRun run = CommandRun.of("backtest", "--journal", journal.toString(),
            "--out", out.resolve("report").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("backtest: drift not monitored: not computed: without --bundle, give --config " +
            "with the engine's configuration"), run.out());
        final JsonNode drift = new ObjectMapper().readTree(out.resolve("report/metrics.json").toFile()).at("/drift");
        assertTrue(drift.at("/monitored").isBoolean() && !drift.at("/monitored").asBoolean());
        assertTrue(Files.readString(out.resolve("report/report.html")).contains("<h2>Drift</h2>"));
    }

    @Test
    void shouldRejectAConfigurationWhoseBundleIsMissing() throws IOException
    {
        final Path config = out.resolve("missing.yaml");
        Files.writeString(config, Files.readString(DEMO_CONFIG).replace(
            "model:\n  rule:\n    feature: rsi(14)\n    buyAbove: 60\n    sellBelow: 40\n",
            "model:\n  bundle: " + out.resolve("no-such-bundle") + "\n"));
        final CommandRun run = CommandRun.of("backtest", "--journal", journal.toString(), "--config",
            config.toString(), "--out", out.resolve("report").toString());

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("--config: model.bundle: "), run.err());
    }
}
