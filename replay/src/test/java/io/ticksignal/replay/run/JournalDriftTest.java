package io.ticksignal.replay.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.MonitoringConfig;
import io.ticksignal.config.MonitoringMode;
import io.ticksignal.config.RollCycleKind;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.ChronicleJournal;
import io.ticksignal.engine.monitor.AlertEdge;
import io.ticksignal.engine.monitor.DriftAlertListener;
import io.ticksignal.engine.monitor.DriftAlertLog;
import io.ticksignal.engine.monitor.DriftMonitor;
import io.ticksignal.engine.monitor.MonitorCounters;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.SignalSink;
import io.ticksignal.replay.backtest.BacktestContext;
import io.ticksignal.replay.backtest.JournalBacktest;
import io.ticksignal.replay.backtest.JournalBacktestAdapter;
import io.ticksignal.replay.backtest.JournalBacktestRun;
import io.ticksignal.replay.drift.DriftTrace;
import io.ticksignal.replay.drift.JournalDrift;
import io.ticksignal.replay.report.BacktestInputs;
import io.ticksignal.replay.report.BacktestReport;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drift section of a backtest: a live pipeline writes a journal with its monitor's counters and alert lines;
 * replaying the journal with the same configuration gives the same values, and the report shows them.
 */
class JournalDriftTest
{
    private static final String MONITORED_BUNDLE = String.join("\n",
        "name: drift-test-1m",
        "version: 1",
        "scorer: LOGISTIC",
        "features:",
        "  - \"rsi(14)@1m\"",
        "  - \"roc(5)@1m\"",
        "output:",
        "  meaning: BINARY",
        "  labels: [DOWN, UP]",
        "calibration:",
        "  kind: NONE",
        "thresholds:",
        "  buyAbove: 0.55",
        "  sellBelow: 0.45",
        "logistic:",
        "  link: SIGMOID",
        "  coefficients:",
        "    - [0.05, 0.8]",
        "  intercepts: [-2.5]",
        "label:",
        "  expression: \"fwd_return(5)@1m\"",
        "  classes: 2",
        "  threshold: 0.0",
        "monitoring:",
        "  histograms:",
        "    - feature: \"rsi(14)@1m\"",
        "      edges: [30.0, 50.0, 70.0]",
        "      fractions: [0.2, 0.3, 0.3, 0.2]",
        "    - feature: \"roc(5)@1m\"",
        "      edges: [-0.3, 0.0, 0.3]",
        "      fractions: [0.1, 0.4, 0.4, 0.1]",
        "");
    private static final int FRAMES = 60_000;

    private static List<byte[]> frames;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadFrames()
    {
        frames = ReplayFixtures.bitstampFrames(FRAMES);
    }

    private TicksignalConfig monitoredConfig() throws IOException
    {
        final Path bundle = Files.createDirectories(temp.resolve("bundle"));
        Files.writeString(bundle.resolve("model.yaml"), MONITORED_BUNDLE);
        final TicksignalConfig demo = ReplayFixtures.DEMO;
        return new TicksignalConfig(demo.engine(), demo.instruments(), demo.aeron(), demo.journal(), demo.features(),
            ModelConfig.ofBundle(bundle), demo.decision(), demo.counters(),
            new MonitoringConfig(MonitoringMode.ENABLED, 200, 0.05, 300, 0.52, 50));
    }

    /** The live side: a LIVE pipeline journaling the frames, its monitor with counters and a log. */
    private static final class Live implements DriftAlertListener
    {
        final List<String> lines = new ArrayList<>();
        DriftMonitor monitor;
        long[] psiCounters;
        long accuracyCounter;
        long driftAlertsCounter;
        long accuracyAlertsCounter;

        @Override
        public void onDriftAlert(final AlertEdge edge, final String feature, final double psi, final double level,
            final long eventTimeNs)
        {
            lines.add(DriftAlertLog.driftLine(edge, feature, psi, level, eventTimeNs));
        }

        @Override
        public void onAccuracyAlert(final AlertEdge edge, final double accuracy, final int labels, final double floor,
            final long eventTimeNs)
        {
            lines.add(DriftAlertLog.accuracyLine(edge, accuracy, labels, floor, eventTimeNs));
        }
    }

    private static Live writeJournal(final Path journal, final TicksignalConfig config)
    {
        final Live live = new Live();
        final CountersManager manager = new CountersManager(
            new UnsafeBuffer(ByteBuffer.allocateDirect(64 * 512)), new UnsafeBuffer(ByteBuffer.allocateDirect(64 * 128)));
        try (ChronicleJournal chronicle = ChronicleJournal.open(journal, RollCycleKind.FAST_DAILY);
            EngineCounters counters = new EngineCounters(manager))
        {
            final Pipeline pipeline = Pipeline.create(config, PipelineMode.LIVE, chronicle, SignalSink.NONE, counters,
                () -> 42L);
            live.monitor = pipeline.monitor();
            final MonitorCounters monitorCounters = new MonitorCounters(manager, live.monitor);
            live.monitor.attach(monitorCounters, live);
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
            for (int i = 0; i < frames.size(); i++)
            {
                buffer.wrap(frames.get(i));
                pipeline.onInput(i + 1, 1_000L * (i + 1), buffer, 0, frames.get(i).length);
            }
            if (live.monitor.isActive())
            {
                live.psiCounters = new long[] { monitorCounters.psi(0).get(), monitorCounters.psi(1).get() };
                live.accuracyCounter = monitorCounters.accuracy().get();
                live.driftAlertsCounter = monitorCounters.driftAlerts().get();
                live.accuracyAlertsCounter = monitorCounters.accuracyAlerts().get();
            }
        }
        return live;
    }

    @Test
    void shouldReplayTheValuesTheLiveCountersShowedAndReportThem() throws IOException
    {
        final TicksignalConfig config = monitoredConfig();
        final Path journal = temp.resolve("journal");
        final Live live = writeJournal(journal, config);

        final DriftTrace drift = JournalDrift.replay(journal, config, ModelSwapMode.APPLY_JOURNALED);

        assertTrue(drift.isActive());
        assertEquals(List.of("rsi(14)@1m", "roc(5)@1m"), drift.features());
        final DriftTrace.Totals totals = drift.totals();
        for (int f = 0; f < 2; f++)
        {
            assertEquals(live.monitor.psi(f), totals.psi()[f], 0.0);
            assertEquals(live.psiCounters[f], MonitorCounters.scaled(totals.psi()[f]));
            final double[] series = drift.psi(f);
            assertEquals(totals.psi()[f], series[series.length - 1], 0.0);
        }
        assertEquals(live.monitor.accuracy(), totals.accuracy(), 0.0);
        assertEquals(live.accuracyCounter, MonitorCounters.scaled(totals.accuracy()));
        assertEquals(live.driftAlertsCounter, totals.driftAlerts());
        assertEquals(live.accuracyAlertsCounter, totals.accuracyAlerts());
        assertEquals(live.lines, drift.alertLines());
        assertTrue(totals.driftAlerts() > 0 && totals.accuracyAlerts() > 0, "the levels make alerts");
        assertEquals(live.monitor.decisionPoints(), totals.decisionPoints());
        assertTrue(totals.maturedLabels() > 500, "matured " + totals.maturedLabels());

        final JournalBacktestRun run = JournalBacktest.journaled(journal,
            new BacktestContext().horizonBars(5).conclude(), JournalBacktestAdapter.ANY_INSTRUMENT, documents -> { });
        final Path out = temp.resolve("report");
        BacktestReport.write(run.result(), new BacktestInputs(journal, "journal", "1m", run.instrumentId(),
            run.marketEvents(), run.signals(), null, drift), out);
        final JsonNode metrics = new ObjectMapper().readTree(out.resolve(BacktestReport.METRICS_FILE).toFile());
        assertTrue(metrics.at("/drift/monitored").asBoolean());
        assertEquals("rsi(14)@1m", metrics.at("/drift/features/0/feature").asText());
        assertEquals(totals.psi()[0], metrics.at("/drift/features/0/psi").asDouble(), 0.0);
        assertEquals(totals.psi()[1], metrics.at("/drift/features/1/psi").asDouble(), 0.0);
        assertEquals(totals.accuracy(), metrics.at("/drift/rollingAccuracy").asDouble(), 0.0);
        assertEquals(totals.driftAlerts(), metrics.at("/drift/driftAlerts").asLong());
        assertEquals("fwd_return(5)@1m", metrics.at("/drift/label").asText());
        final String html = Files.readString(out.resolve(BacktestReport.REPORT_FILE));
        assertTrue(html.contains("<h2>Drift</h2>"));
        assertTrue(html.contains("<svg id=\"chart-drift-psi\""));
        assertTrue(html.contains("<svg id=\"chart-drift-accuracy\""));
        assertTrue(html.contains(String.format(java.util.Locale.ROOT, "<td>%.4f</td>", totals.psi()[0])), html);
        assertTrue(html.contains(live.lines.get(0)), "the first alert line is listed");
    }

    @Test
    void shouldGiveTheSameTraceOnTwoReplays() throws IOException
    {
        final TicksignalConfig config = monitoredConfig();
        final Path journal = temp.resolve("journal");
        writeJournal(journal, config);
        final DriftTrace first = JournalDrift.replay(journal, config, ModelSwapMode.APPLY_JOURNALED);
        final DriftTrace second = JournalDrift.replay(journal, config, ModelSwapMode.APPLY_JOURNALED);
        assertTrue(java.util.Arrays.equals(first.timeNs(), second.timeNs()));
        assertTrue(java.util.Arrays.equals(first.psi(0), second.psi(0)));
        assertTrue(java.util.Arrays.equals(first.accuracy(), second.accuracy()));
        assertEquals(first.alertLines(), second.alertLines());
    }

    @Test
    void shouldSayWhyThereIsNoDriftSection() throws IOException
    {
        final Path journal = temp.resolve("journal");
        writeJournal(journal, ReplayFixtures.DEMO);
        final DriftTrace drift = JournalDrift.replay(journal, ReplayFixtures.DEMO, ModelSwapMode.APPLY_JOURNALED);
        assertFalse(drift.isActive());
        assertEquals("the model is the built-in rule (model.rule)", drift.inactiveReason());

        final JournalBacktestRun run = JournalBacktest.journaled(journal,
            new BacktestContext().conclude(), JournalBacktestAdapter.ANY_INSTRUMENT, documents -> { });
        final Path out = temp.resolve("report");
        BacktestReport.write(run.result(), new BacktestInputs(journal, "journal", "1m", run.instrumentId(),
            run.marketEvents(), run.signals(), null, drift), out);
        final JsonNode metrics = new ObjectMapper().readTree(out.resolve(BacktestReport.METRICS_FILE).toFile());
        assertTrue(metrics.at("/drift/monitored").isBoolean());
        assertFalse(metrics.at("/drift/monitored").asBoolean());
        assertEquals("the model is the built-in rule (model.rule)", metrics.at("/drift/reason").asText());
        assertTrue(Files.readString(out.resolve(BacktestReport.REPORT_FILE))
            .contains("Not monitored: the model is the built-in rule (model.rule)."));
    }
}
