package io.ticksignal.engine.runtime;

import static io.ticksignal.engine.runtime.RuntimeFixtures.BTC_USD;
import static io.ticksignal.engine.runtime.RuntimeFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.SignalDecoder;
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
import org.agrona.concurrent.SystemNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live engine with a shadow model: a strategy subscribed over Aeron receives exactly the live model's journaled
 * signals; the shadow's are in the journal only.
 */
@Tag("system")
class ShadowRuntimeTest
{
    private static final int TRADES = 20_000;
    private static final Path DEMO_BTC = Path.of("../config/models/demo-btc/1").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void shouldPublishOnlyTheLiveModelsSignalsAndJournalTheShadowsApart() throws Exception
    {
        final TicksignalConfig demo = RuntimeFixtures.demoConfig(temp);
        final TicksignalConfig config = new TicksignalConfig(demo.engine(), demo.instruments(), demo.aeron(),
            demo.journal(), demo.features(), demo.model().withShadow(Optional.of(DEMO_BTC)), demo.decision(),
            demo.counters());
        final EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config));
        final SignalCollector strategy = new SignalCollector(engine.aeron(), config.aeron().signals());
        final long shadowSignals;
        try
        {
            await(strategy::isConnected, 10, "the strategy to connect");
            feed(engine, config.aeron().marketData());
            await(() -> engine.counters().inputsReceived().get() == TRADES, 60, "the engine to take every trade");
            await(() -> strategy.received() == EngineSystemTest.signalCount(engine), 30,
                "the strategy to receive every signal");
            shadowSignals = engine.counters().shadowSignals().get();
        }
        finally
        {
            strategy.close();
            engine.close();
        }

        final JournalContents journal = JournalContents.read(config.journal().directory());
        final List<JournalContents.Entry> outputs = journal.of(EventKind.OUTPUT);
        final List<JournalContents.Entry> shadow = journal.of(EventKind.SHADOW_OUTPUT);
        assertTrue(outputs.size() > 100 && shadow.size() > 20, outputs.size() + " / " + shadow.size());
        assertEquals(outputs.size(), strategy.signals.size());
        assertEquals(outputs.stream().map(JournalContents.Entry::engineSequence).toList(), strategy.engineSequences);
        assertEquals(journal.outputDigest(), strategy.digest());
        assertEquals(shadow.size(), shadowSignals);
        final String ruleModel = modelId(outputs.get(0).payload());
        for (final byte[] received : strategy.signals)
        {
            assertEquals(ruleModel, modelId(received), "the strategy never sees the shadow model");
        }
        for (final JournalContents.Entry entry : shadow)
        {
            assertEquals("demo-btc", modelId(entry.payload()));
        }
        assertTrue(!"demo-btc".equals(ruleModel), ruleModel);
    }

    private static String modelId(final byte[] signal)
    {
        final SignalDecoder decoder = new SignalDecoder();
        decoder.wrapAndApplyHeader(new UnsafeBuffer(signal), 0, new MessageHeaderDecoder());
        return decoder.modelId();
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
            assertEquals(TRADES, feed.run(trades, BTC_USD, 0, TRADES, FeedProgress.NONE).messagesSent());
        }
    }
}
