package io.ticksignal.engine.runtime;

import static io.ticksignal.engine.runtime.RuntimeFixtures.BTC_USD;
import static io.ticksignal.engine.runtime.RuntimeFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.MonitoringConfig;
import io.ticksignal.config.MonitoringMode;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.aeron.IdleStrategies;
import io.ticksignal.engine.client.CsvFeed;
import io.ticksignal.engine.client.FeedProgress;
import io.ticksignal.engine.client.FeedSpeed;
import io.ticksignal.engine.client.OfferRetry;
import io.ticksignal.engine.client.RetryMode;
import io.ticksignal.engine.client.TickPublisher;
import io.ticksignal.engine.counters.CountersFileReader;
import io.ticksignal.engine.monitor.DriftMonitor;
import io.ticksignal.engine.monitor.DriftStat;
import io.ticksignal.engine.monitor.MonitorCounters;
import io.ticksignal.engine.pipeline.DiscardingJournalSink;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.SignalSink;
import org.agrona.concurrent.SystemEpochClock;
import org.agrona.concurrent.SystemNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live engine with a monitored bundle: its counters file, read as another process reads it, holds the drift
 * monitor's counters, equal to a REPLAY-mode pipeline's monitor over the same trades.
 */
@Tag("system")
class MonitoredEngineSystemTest
{
    private static final int TRADES = 30_000;
    private static final String BUNDLE = String.join("\n",
        "name: monitored-1m",
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
        "monitoring:",
        "  histograms:",
        "    - feature: \"rsi(14)@1m\"",
        "      edges: [30.0, 50.0, 70.0]",
        "      fractions: [0.2, 0.3, 0.3, 0.2]",
        "    - feature: \"roc(5)@1m\"",
        "      edges: [-0.3, 0.0, 0.3]",
        "      fractions: [0.1, 0.4, 0.4, 0.1]",
        "");

    @TempDir
    Path temp;

    @Test
    void shouldShowTheMonitorInTheCountersFileAsReplayComputesIt() throws Exception
    {
        final Path bundle = Files.createDirectories(temp.resolve("bundle"));
        Files.writeString(bundle.resolve("model.yaml"), BUNDLE);
        final TicksignalConfig base = RuntimeFixtures.demoConfig(temp);
        final TicksignalConfig config = new TicksignalConfig(base.engine(), base.instruments(), base.aeron(),
            base.journal(), base.features(), ModelConfig.ofBundle(bundle), base.decision(), base.counters(),
            new MonitoringConfig(MonitoringMode.ENABLED, 100, 0.2, 150, 0.5, 30));
        final List<byte[]> frames = BitstampFrames.first(TRADES, BTC_USD);

        final Map<String, Long> live = new HashMap<>();
        final List<String> statLines;
        try (EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config)))
        {
            publish(engine, config.aeron().marketData(), TRADES);
            await(() -> engine.counters().inputsAccepted().get() == TRADES, 60, "every trade to be processed");
            try (CountersFileReader reader = CountersFileReader.open(engine.countersFile(),
                SystemEpochClock.INSTANCE, CountersFileReader.DEFAULT_STALE_AFTER_MS))
            {
                for (final CountersFileReader.Sample sample : reader.sample())
                {
                    live.put(sample.label(), sample.value());
                }
                statLines = DriftStat.lines(reader.sample());
            }
        }

        final Pipeline replay = Pipeline.create(config, PipelineMode.REPLAY, DiscardingJournalSink.INSTANCE,
            SignalSink.NONE, RuntimeFixtures.inMemoryCounters(), () -> 0L);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
        for (int i = 0; i < frames.size(); i++)
        {
            buffer.wrap(frames.get(i));
            replay.onInput(i + 1, 0L, buffer, 0, frames.get(i).length);
        }
        final DriftMonitor monitor = replay.monitor();
        assertTrue(monitor.rollingAccuracy().maturedLabels() > 1000, "labels matured");
        assertEquals(MonitorCounters.scaled(monitor.psi(0)), live.get("ticksignal: drift psi x10000: rsi(14)@1m"));
        assertEquals(MonitorCounters.scaled(monitor.psi(1)), live.get("ticksignal: drift psi x10000: roc(5)@1m"));
        assertEquals(MonitorCounters.scaled(monitor.maxPsi()), live.get("ticksignal: drift psi max x10000"));
        assertEquals(2000L, live.get("ticksignal: drift psi alert level x10000"));
        assertEquals(monitor.driftAlerts(), live.get("ticksignal: drift alerts"));
        assertEquals(MonitorCounters.scaled(monitor.accuracy()), live.get("ticksignal: rolling accuracy x10000"));
        assertEquals(150L, live.get("ticksignal: rolling accuracy labels"));
        assertEquals(monitor.rollingAccuracy().maturedLabels(), live.get("ticksignal: matured labels"));
        assertEquals(monitor.accuracyAlerts(), live.get("ticksignal: accuracy alerts"));
        assertEquals(5000L, live.get("ticksignal: accuracy floor x10000"));
        assertEquals(String.format(Locale.ROOT, "%-28s %.4f over 150 labels (floor 0.5000)",
            "rolling accuracy", monitor.accuracy()), statLines.get(3));
    }

    private static void publish(final EngineRuntime engine, final AeronStreamConfig stream, final int trades)
    {
        try (TickPublisher publisher = TickPublisher.create(engine.aeron(), stream.channel(), stream.streamId());
            MarketDataReader reader = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            assertTrue(publisher.awaitConnected(TimeUnit.SECONDS.toNanos(10), IdleStrategies.newBackoff(),
                SystemNanoClock.INSTANCE));
            final OfferRetry retry = new OfferRetry(IdleStrategies.newBackoff(), SystemNanoClock.INSTANCE,
                TimeUnit.SECONDS.toNanos(10), RetryMode.BACK_PRESSURE_AND_NOT_CONNECTED);
            final CsvFeed feed = new CsvFeed(publisher, retry, FeedSpeed.MAX, SystemNanoClock.INSTANCE,
                IdleStrategies.newBackoff());
            assertEquals(trades, feed.run(reader, BTC_USD, 0, trades, FeedProgress.NONE).messagesSent());
        }
    }
}
