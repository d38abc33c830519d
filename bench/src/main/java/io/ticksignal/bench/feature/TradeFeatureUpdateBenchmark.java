package io.ticksignal.bench.feature;

import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.engine.feature.EventFeature;
import io.ticksignal.engine.feature.Feature;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One trade-driven microstructure feature update plus a read of its value, cycling through the
 * 100,000 real Bitstamp trades (no quotes: the trade-only path). Expected: 0 B/op
 * ({@code -prof gc}). Time restarts when the cycle wraps, which features that reject time
 * going backwards count as one rejected update per 100,000.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED" })
public class TradeFeatureUpdateBenchmark
{
    @Param({
        "trade_sign", "signed_volume(100)", "trade_imbalance(100)", "kyle_lambda(200)", "amihud(100)",
        "vpin(50,20)", "trade_rate(100)", "duration(100)" })
    public String expression;

    private RealTrades trades;
    private EventFeature feature;
    private int index;

    /**
     * Loads the trades once and builds the feature from its expression.
     */
    @Setup(Level.Trial)
    public void setUp()
    {
        trades = RealTrades.load();
        final Feature built = FeatureExpressionParser.standard().parse(expression).create();
        if (!(built instanceof EventFeature))
        {
            throw new IllegalArgumentException(expression + " is not an event feature");
        }
        feature = (EventFeature)built;
    }

    /**
     * @return the feature's first output after the update.
     */
    @Benchmark
    public double onTrade()
    {
        final RealTrades trades = this.trades;
        int i = index;
        if (++i == trades.count())
        {
            i = 0;
        }
        index = i;
        feature.onTrade(trades.timeNs[i], trades.price[i], trades.size[i], AggressorSide.UNKNOWN.value());
        return feature.value();
    }
}
