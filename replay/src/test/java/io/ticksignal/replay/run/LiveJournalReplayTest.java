package io.ticksignal.replay.run;

import static io.ticksignal.replay.run.ReplayFixtures.BTC_USD;
import static io.ticksignal.replay.run.ReplayFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.aeron.IdleStrategies;
import io.ticksignal.engine.client.CsvFeed;
import io.ticksignal.engine.client.FeedProgress;
import io.ticksignal.engine.client.FeedSpeed;
import io.ticksignal.engine.client.OfferRetry;
import io.ticksignal.engine.client.RetryMode;
import io.ticksignal.engine.client.TickPublisher;
import io.ticksignal.engine.runtime.EngineRuntime;
import io.ticksignal.engine.runtime.EngineRuntimeContext;
import io.ticksignal.replay.verify.SignalMismatch;
import io.ticksignal.replay.verify.VerifyOutcome;
import io.ticksignal.replay.verify.VerifyReport;
import org.agrona.concurrent.SystemNanoClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live engine (embedded Aeron driver, ring, journal) takes all 100,000 real Bitstamp trades through the
 * reference feed; its journal is then replayed and verified.
 */
@Tag("system")
class LiveJournalReplayTest
{
    private static final int TRADES = MarketDataSet.BITSTAMP_BTC_USD_TRADES.rowCount();

    @TempDir
    static Path temp;

    private static Path journal;

    @BeforeAll
    static void runTheLiveEngine()
    {
        final TicksignalConfig config = ReplayFixtures.demoConfig(temp, temp.resolve("journal"));
        final EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config));
        try
        {
            feed(engine, config.aeron().marketData());
            await(() -> engine.counters().inputsReceived().get() == TRADES, 60, "the engine to take every trade");
        }
        finally
        {
            engine.close();
        }
        journal = config.journal().directory();
    }

    @Test
    void shouldRegenerateExactlyTheJournaledSignalsOfTheLiveEngine()
    {
        final VerifyReport report = ReplayFixtures.verify(journal, ReplayFixtures.DEMO, ReplayFilter.all());

        assertEquals(VerifyOutcome.IDENTICAL, report.outcome(), String.join("\n", report.lines()));
        assertEquals(report.journaledDigest(), report.replayedDigest());
        assertEquals(64, report.replayedDigest().length());
        assertEquals(report.journaledCount(), report.replayedCount());
        assertTrue(report.replayedCount() > 100, "the demo rule signals on real data: " + report.replayedCount());
        assertEquals(TRADES, report.replay().inputsReplayed() + report.replay().rejectedReplayed());
        assertEquals(0, report.replay().acceptanceMismatches());
        assertEquals(0, report.replay().corruptRecords());
        assertTrue(report.firstMismatch().isEmpty());
    }

    @Test
    void shouldGiveTheSameDigestOnTwoReplays()
    {
        final VerifyReport first = ReplayFixtures.verify(journal, ReplayFixtures.DEMO, ReplayFilter.all());
        final VerifyReport second = ReplayFixtures.verify(journal, ReplayFixtures.DEMO, ReplayFilter.all());

        assertEquals(first.replayedDigest(), second.replayedDigest());
        assertEquals(first.replayedCount(), second.replayedCount());
    }

    @Test
    void shouldNameTheFirstMismatchWhenReplayedWithOtherRuleThresholds()
    {
        final VerifyReport report = ReplayFixtures.verify(journal, ReplayFixtures.otherThresholds(),
            ReplayFilter.all());

        assertEquals(VerifyOutcome.DIFFERENT, report.outcome());
        assertNotEquals(report.journaledDigest(), report.replayedDigest());
        final SignalMismatch mismatch = report.firstMismatch().orElseThrow();
        assertTrue(mismatch.engineSequence() > 0, mismatch.describe());
        assertTrue(List.of("engineSequence", "eventTimeNs", "direction", "confidence", "presence")
            .contains(mismatch.field()), mismatch.describe());
        assertTrue(report.lines().stream().anyMatch(line -> line.startsWith("first mismatch: output #")),
            report.lines().toString());
    }

    @Test
    void shouldCompareOnlyTheSignalsInsideTheTimeWindow()
    {
        final VerifyReport all = ReplayFixtures.verify(journal, ReplayFixtures.DEMO, ReplayFilter.all());
        final long fromNs = EventTimes.parseToEpochNs("2013-11-26T00:00:00Z");
        final long toNs = EventTimes.parseToEpochNs("2013-11-27");
        final VerifyReport window = ReplayFixtures.verify(journal, ReplayFixtures.DEMO,
            new ReplayFilter(fromNs, toNs, BTC_USD.id()));
        final VerifyReport otherInstrument = ReplayFixtures.verify(journal, ReplayFixtures.DEMO,
            new ReplayFilter(Long.MIN_VALUE, Long.MAX_VALUE, ReplayFixtures.DEMO.instrument("AAPL").orElseThrow().id()));

        assertEquals(VerifyOutcome.IDENTICAL, window.outcome(), String.join("\n", window.lines()));
        assertTrue(window.replayedCount() > 0 && window.replayedCount() < all.replayedCount(),
            window.replayedCount() + " of " + all.replayedCount());
        assertEquals(all.replay().inputsReplayed(), window.replay().inputsReplayed(), "every input is replayed");
        assertEquals(0, otherInstrument.replayedCount());
        assertEquals(VerifyOutcome.IDENTICAL, otherInstrument.outcome());
    }

    private static void feed(final EngineRuntime engine, final AeronStreamConfig stream)
    {
        try (TickPublisher publisher = TickPublisher.create(engine.aeron(), stream.channel(), stream.streamId());
            MarketDataReader trades = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            assertTrue(publisher.awaitConnected(TimeUnit.SECONDS.toNanos(10), IdleStrategies.newBackoff(),
                SystemNanoClock.INSTANCE));
            final OfferRetry retry = new OfferRetry(IdleStrategies.newBackoff(), SystemNanoClock.INSTANCE,
                TimeUnit.SECONDS.toNanos(10), RetryMode.BACK_PRESSURE_AND_NOT_CONNECTED);
            final CsvFeed feed = new CsvFeed(publisher, retry, FeedSpeed.MAX, SystemNanoClock.INSTANCE,
                IdleStrategies.newBackoff());
            assertEquals(TRADES, feed.run(trades, BTC_USD, 0, Long.MAX_VALUE, FeedProgress.NONE).messagesSent());
        }
    }
}
