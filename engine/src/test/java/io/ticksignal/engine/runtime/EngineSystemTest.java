package io.ticksignal.engine.runtime;

import static io.ticksignal.engine.runtime.RuntimeFixtures.BTC_USD;
import static io.ticksignal.engine.runtime.RuntimeFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.aeron.IdleStrategies;
import io.ticksignal.engine.client.CsvFeed;
import io.ticksignal.engine.client.FeedProgress;
import io.ticksignal.engine.client.FeedSpeed;
import io.ticksignal.engine.client.FeedSummary;
import io.ticksignal.engine.client.OfferRetry;
import io.ticksignal.engine.client.RetryMode;
import io.ticksignal.engine.client.TickPublisher;
import org.agrona.concurrent.SystemNanoClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end over an embedded driver: all 100,000 real Bitstamp trades through the reference feed, the engine and
 * a strategy's subscriber.
 */
@Tag("system")
class EngineSystemTest
{
    private static final int TRADES = MarketDataSet.BITSTAMP_BTC_USD_TRADES.rowCount();

    @TempDir
    Path temp;

    @Test
    void shouldJournalEveryTradeOnceAndDeliverExactlyTheJournaledSignals() throws Exception
    {
        final TicksignalConfig config = RuntimeFixtures.demoConfig(temp);
        final EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config));
        final FeedSummary sent;
        final SignalCollector strategy = new SignalCollector(engine.aeron(), config.aeron().signals());
        try
        {
            await(strategy::isConnected, 10, "the strategy to connect");
            sent = feed(engine, config.aeron().marketData());
            await(() -> engine.counters().inputsReceived().get() == TRADES, 60, "the engine to take every trade");
            await(() -> strategy.received() == signalCount(engine), 30, "the strategy to receive every signal");
        }
        finally
        {
            strategy.close();
            engine.close();
        }

        assertEquals(TRADES, sent.messagesSent());
        final EngineSummary summary = engine.summary();
        final JournalContents journal = JournalContents.read(config.journal().directory());

        // Every trade journaled exactly once, in order, with consecutive engine sequences.
        final List<JournalContents.Entry> inputs = journal.inputs();
        assertEquals(TRADES, inputs.size());
        assertEquals(LongStream.rangeClosed(1, TRADES).boxed().toList(),
            inputs.stream().map(JournalContents.Entry::engineSequence).toList());
        final List<Long> acceptedTradeIds = journal.tradeIds();
        assertEquals(acceptedTradeIds.stream().sorted().distinct().toList(), acceptedTradeIds);
        assertEquals(0, journal.corrupt);

        // The subscriber received exactly the journaled signals, byte for byte (latency field aside).
        final List<JournalContents.Entry> outputs = journal.of(EventKind.OUTPUT);
        assertTrue(outputs.size() > 100, "the demo rule should signal on real data: " + outputs.size());
        assertEquals(outputs.size(), strategy.signals.size());
        assertEquals(outputs.stream().map(JournalContents.Entry::engineSequence).toList(), strategy.engineSequences);
        assertEquals(journal.outputDigest(), strategy.digest());
        assertTrue(strategy.errors.isEmpty(), strategy.errors.toString());

        // Counters agree with the journal.
        assertEquals(TRADES, summary.inputsReceived());
        assertEquals(journal.of(EventKind.INPUT).size(), summary.inputsAccepted());
        assertEquals(journal.of(EventKind.REJECTED_INPUT).size(), summary.inputsRejected());
        assertEquals(journal.rejectedByReason(), new TreeMap<>(summary.rejectedByReason()));
        assertEquals(journal.signalsByDirection(), withoutZeros(summary.signalsByDirection()));
        assertEquals(outputs.size(), summary.signalsPublished());
        assertEquals(0, summary.signalsUnpublished());
        assertEquals(journal.entries.size(), summary.journalDocuments());
        assertEquals(journal.payloadBytes(), summary.journalPayloadBytes());
        assertEquals(List.of(ControlType.ENGINE_START, ControlType.ENGINE_STOP), journal.controlTypes());
        assertEquals(0, summary.errors(), summary.distinctErrors().toString());

        // Latency was recorded for every input and every signal, and written beside the counters file.
        assertEquals(TRADES, summary.latency().get(1).count());
        assertEquals(outputs.size(), summary.latency().get(0).count());
        assertTrue(Files.readString(summary.latencyFile()).contains("receive->signal published: n=" + outputs.size()));
    }

    private static FeedSummary feed(final EngineRuntime engine, final AeronStreamConfig stream)
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
            return feed.run(trades, BTC_USD, 0, Long.MAX_VALUE, FeedProgress.NONE);
        }
    }

    static long signalCount(final EngineRuntime engine)
    {
        return engine.counters().signals(0).get() + engine.counters().signals(1).get() +
            engine.counters().signals(2).get();
    }

    private static Map<String, Long> withoutZeros(final Map<String, Long> counts)
    {
        final Map<String, Long> nonZero = new TreeMap<>();
        counts.forEach((name, count) ->
        {
            if (count > 0)
            {
                nonZero.put(name, count);
            }
        });
        return nonZero;
    }
}
