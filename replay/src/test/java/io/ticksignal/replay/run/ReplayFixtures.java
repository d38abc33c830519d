package io.ticksignal.replay.run;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.TradeEncoder;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.TradeCsvReader;
import io.ticksignal.config.AeronConfig;
import io.ticksignal.config.ConfigLoader;
import io.ticksignal.config.CountersConfig;
import io.ticksignal.config.InstrumentConfig;
import io.ticksignal.config.JournalConfig;
import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.RuleConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.journal.OutputDigest;
import io.ticksignal.engine.pipeline.DiscardingJournalSink;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.replay.verify.ReplayVerifier;
import io.ticksignal.replay.verify.VerifyReport;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;

/**
 * The demo configuration under a test's directory, real Bitstamp trades as SBE frames, replay helpers.
 */
final class ReplayFixtures
{
    static final TicksignalConfig DEMO = new ConfigLoader().loadDemo();
    static final InstrumentConfig BTC_USD = DEMO.instrument("BTC-USD").orElseThrow();

    private ReplayFixtures()
    {
    }

    static TicksignalConfig demoConfig(final Path directory, final Path journal)
    {
        final AeronConfig aeron = new AeronConfig(DEMO.aeron().driverMode(), directory.resolve("aeron"),
            DEMO.aeron().marketData(), DEMO.aeron().signals());
        return new TicksignalConfig(DEMO.engine(), DEMO.instruments(), aeron,
            new JournalConfig(DEMO.journal().mode(), journal, DEMO.journal().rollCycle()), DEMO.features(),
            DEMO.model(), DEMO.decision(), new CountersConfig(directory.resolve("counters.dat")));
    }

    /**
     * @return the demo configuration with the rule's thresholds moved from 60/40 to 70/30.
     */
    static TicksignalConfig otherThresholds()
    {
        final RuleConfig rule = DEMO.model().rule().orElseThrow();
        return new TicksignalConfig(DEMO.engine(), DEMO.instruments(), DEMO.aeron(), DEMO.journal(), DEMO.features(),
            ModelConfig.ofRule(new RuleConfig(rule.feature(), 70, 30)), DEMO.decision(), DEMO.counters());
    }

    /**
     * The first real trades encoded as the reference feed encodes them, trade id = row number.
     */
    static List<byte[]> bitstampFrames(final int count)
    {
        final List<byte[]> frames = new ArrayList<>(count);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final MessageHeaderEncoder header = new MessageHeaderEncoder();
        final TradeEncoder trade = new TradeEncoder();
        try (TradeCsvReader reader =
            (TradeCsvReader)MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            reader.priceScale(BTC_USD.priceScale()).amountScale(BTC_USD.sizeScale());
            while (frames.size() < count && reader.next())
            {
                trade.wrapAndApplyHeader(buffer, 0, header).instrumentId(BTC_USD.id()).timestampNs(reader.timestampNs());
                trade.price().mantissa(reader.priceScaled()).exponent((byte)-BTC_USD.priceScale());
                trade.size().mantissa(reader.amountScaled()).exponent((byte)-BTC_USD.sizeScale());
                trade.aggressor(AggressorSide.UNKNOWN).tradeId(frames.size() + 1);
                final byte[] frame = new byte[MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength()];
                buffer.getBytes(0, frame);
                frames.add(frame);
            }
        }
        return frames;
    }

    /**
     * @return the output digest of an uninterrupted REPLAY-mode run of the frames with the demo configuration.
     */
    static String uninterruptedDigest(final List<byte[]> frames)
    {
        final OutputDigest digest = new OutputDigest();
        try (EngineCounters counters = new EngineCounters(new CountersManager(
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength())),
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength())))))
        {
            final Pipeline pipeline = Pipeline.create(DEMO, PipelineMode.REPLAY, DiscardingJournalSink.INSTANCE,
                (sequence, signal, offset, length) -> digest.update(signal, offset, length), counters, () -> 0L);
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
            for (int i = 0; i < frames.size(); i++)
            {
                buffer.wrap(frames.get(i));
                pipeline.onInput(i + 1, 0L, buffer, 0, frames.get(i).length);
            }
        }
        return digest.toHexString();
    }

    static VerifyReport verify(final Path journal, final TicksignalConfig config, final ReplayFilter filter)
    {
        final ReplayVerifier verifier = new ReplayVerifier(null);
        try (JournalReader reader = JournalReader.open(journal);
            ReplayDriver driver = new ReplayDriver(config, ModelSwapMode.APPLY_JOURNALED, filter, verifier))
        {
            return verifier.report(driver.run(reader, ReplayProgress.NONE));
        }
    }

    static void await(final BooleanSupplier condition, final long timeoutSeconds, final String what)
    {
        final SleepingIdleStrategy idle = new SleepingIdleStrategy(TimeUnit.MICROSECONDS.toNanos(200));
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                throw new AssertionError("timed out after " + timeoutSeconds + " s waiting for " + what);
            }
            idle.idle();
        }
    }
}
