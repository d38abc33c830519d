package io.ticksignal.bench.feature;

import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.feature.timeline.FeatureTimeline;
import io.ticksignal.engine.feature.timeline.TimelineListener;
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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole feature vector of the demo feature set, updated by one input and read back: the six features of
 * {@code config/demo.yaml} plus the four of the demo bundle {@code config/models/demo-btc/1} that the configuration
 * does not list ({@link #DEMO_FEATURES}, nine columns on tick, 1m and 5m timeframes), in one instrument's
 * {@link FeatureTimeline} exactly as the engine's feature stage builds it. Only the feature stage: no decode, no
 * scoring, no journal (that is {@code PipelineBenchmark}).
 * <ul>
 *   <li>{@link #perTick}: one real Bitstamp trade (100,000, cycled; each pass shifted a week later so time never
 *       goes backwards): the two tick features update on every trade, the bar features when the trade closes a
 *       1m or 5m bar (about one trade in ten here);</li>
 *   <li>{@link #perBar}: one real 1-minute bar (9,399 bars of the same trades, cycled and shifted the same way) as
 *       an input bar: rolled into the 1m and 5m lanes, applied to the tick features, the 1m bar closed at once
 *       (every 1m feature updates; every fifth bar also closes a 5m bar).</li>
 * </ul>
 * Both return the sum of the nine columns' values so that the whole vector is read. Expected: 0 B/op
 * ({@code -prof gc}); target: under 1 µs per tick.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED" })
public class FeatureVectorBenchmark
{
    /** config/demo.yaml's features, then the demo bundle's features it does not list, in column order. */
    public static final List<String> DEMO_FEATURES = List.of(
        "sma(20)", "rsi(14)", "rsi(14)@1m", "macd(12,26,9).signal@5m", "bbands(20,2).upper@1m", "atr(14)@1m",
        "roc(5)@1m", "willr(14)@1m", "cci(20)@1m");

    private static final long WEEK_NS = TimeUnit.DAYS.toNanos(7);
    private static final long MINUTE_NS = TimeUnit.MINUTES.toNanos(1);

    private RealTrades trades;
    private RealMinuteBars bars;
    private FeatureTimeline tickTimeline;
    private FeatureTimeline barTimeline;
    private int tradeIndex = -1;
    private long tradeShiftNs;
    private int barIndex = -1;
    private long barShiftNs;

    /**
     * Loads the trades and bars and builds one timeline per benchmark over the demo feature set.
     */
    @Setup(Level.Trial)
    public void setUp()
    {
        trades = RealTrades.load();
        bars = RealMinuteBars.load();
        tickTimeline = demoTimeline();
        barTimeline = demoTimeline();
    }

    /**
     * @return a timeline over {@link #DEMO_FEATURES}, built as the engine's feature stage builds one.
     */
    public static FeatureTimeline demoTimeline()
    {
        final FeatureExpressionParser parser = FeatureExpressionParser.standard();
        final List<ParsedFeature> features = new ArrayList<>(DEMO_FEATURES.size());
        for (final String expression : DEMO_FEATURES)
        {
            features.add(parser.parse(expression));
        }
        return FeatureTimeline.create(features, Timeframe.TICK, Timeframe.TICK, TimelineListener.NONE);
    }

    /**
     * @return the sum of the vector's values after one trade.
     */
    @Benchmark
    public double perTick()
    {
        final RealTrades trades = this.trades;
        int i = tradeIndex + 1;
        if (i == trades.count())
        {
            i = 0;
            tradeShiftNs += WEEK_NS;
        }
        tradeIndex = i;
        tickTimeline.onTrade(trades.timeNs[i] + tradeShiftNs, trades.price[i], trades.size[i],
            AggressorSide.UNKNOWN.value());
        return sum(tickTimeline);
    }

    /**
     * @return the sum of the vector's values after one 1m bar.
     */
    @Benchmark
    public double perBar()
    {
        final RealMinuteBars bars = this.bars;
        int i = barIndex + 1;
        if (i == bars.count())
        {
            i = 0;
            barShiftNs += WEEK_NS;
        }
        barIndex = i;
        barTimeline.onBar(bars.startNs[i] + barShiftNs, MINUTE_NS, bars.open[i], bars.high[i], bars.low[i],
            bars.close[i], bars.volume[i]);
        return sum(barTimeline);
    }

    FeatureTimeline tickTimeline()
    {
        return tickTimeline;
    }

    FeatureTimeline barTimeline()
    {
        return barTimeline;
    }

    /**
     * @param timeline a timeline.
     * @return the sum of its column values (NaN while any is not warm).
     */
    static double sum(final FeatureTimeline timeline)
    {
        double sum = 0.0;
        for (int c = 0, n = timeline.columnCount(); c < n; c++)
        {
            sum += timeline.column(c).value();
        }
        return sum;
    }
}
