package io.ticksignal.bench.pipeline;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.TradeEncoder;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.TradeCsvReader;
import io.ticksignal.config.ConfigLoader;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.pipeline.DiscardingJournalSink;
import io.ticksignal.engine.pipeline.EngineEvent;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.SignalSink;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * One real Bitstamp trade, SBE-encoded, through every pipeline stage with the demo
 * configuration (its six features on tick, 1m and 5m timeframes, the rsi rule and the decision
 * policy), journaling to a sink that keeps nothing. Expected: 0 B/op ({@code -prof gc}).
 * Each pass over the 100,000 trades shifts their times by a week so time never goes backwards.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED" })
public class PipelineBenchmark
{
    private static final long WEEK_NS = TimeUnit.DAYS.toNanos(7);

    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final TradeEncoder trade = new TradeEncoder();
    private final UnsafeBuffer message = new UnsafeBuffer(ByteBuffer.allocateDirect(128));
    private long[] timeNs;
    private long[] priceCents;
    private long[] sizeSatoshis;
    private Pipeline pipeline;
    private int index;
    private long shiftNs;
    private long sequence;

    /**
     * Loads the trades and builds the pipeline over the demo configuration.
     */
    @Setup(Level.Trial)
    public void setUp()
    {
        final int count = MarketDataSet.BITSTAMP_BTC_USD_TRADES.rowCount();
        timeNs = new long[count];
        priceCents = new long[count];
        sizeSatoshis = new long[count];
        try (TradeCsvReader trades = (TradeCsvReader)MarketDataSet.BITSTAMP_BTC_USD_TRADES.format()
            .open(MarketDataSet.BITSTAMP_BTC_USD_TRADES.open(), "bitstamp", BadRowPolicy.FAIL))
        {
            trades.priceScale(2).amountScale(8);
            for (int i = 0; i < count && trades.next(); i++)
            {
                timeNs[i] = trades.timestampNs();
                priceCents[i] = trades.priceScaled();
                sizeSatoshis[i] = trades.amountScaled();
            }
        }
        final TicksignalConfig config = new ConfigLoader().loadDemo();
        final EngineCounters counters = new EngineCounters(new CountersManager(
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength())),
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength()))));
        pipeline = Pipeline.create(
            config, PipelineMode.LIVE, DiscardingJournalSink.INSTANCE, SignalSink.NONE, counters, () -> 0L);
    }

    /**
     * @return the slot's direction code, so the work is not optimised away.
     */
    @Benchmark
    public int processTrade()
    {
        int i = index;
        if (++i == timeNs.length)
        {
            i = 0;
            shiftNs += WEEK_NS;
        }
        index = i;
        final long eventTimeNs = timeNs[i] + shiftNs;
        trade.wrapAndApplyHeader(message, 0, header)
            .instrumentId(0)
            .timestampNs(eventTimeNs)
            .aggressor(AggressorSide.UNKNOWN)
            .tradeId(++sequence);
        trade.price().mantissa(priceCents[i]).exponent((byte)-2);
        trade.size().mantissa(sizeSatoshis[i]).exponent((byte)-8);
        final int length = MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength();
        final EngineEvent event = pipeline.onInput(sequence, eventTimeNs, message, 0, length);
        return event.rejectReason() + event.direction();
    }
}
