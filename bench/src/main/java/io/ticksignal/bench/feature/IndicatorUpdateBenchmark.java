package io.ticksignal.bench.feature;

import io.ticksignal.engine.feature.Feature;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.indicator.Indicator;
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
 * One bar indicator update plus a read of its value, cycling through the 9,399 real 1-minute
 * Bitstamp bars. Expected: tens of ns/op at most and 0 B/op ({@code -prof gc}).
 * The indicator is built from its feature expression through the catalog, exactly as the
 * engine builds it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED" })
public class IndicatorUpdateBenchmark
{
    @Param({
        "sma(20)", "ema(20)", "wma(20)", "dema(20)", "tema(20)", "trima(20)", "kama(30)", "t3(5)", "hma(20)",
        "zlema(20)", "vwma(20)", "rsi(14)", "macd(12,26,9)", "ppo(12,26)", "stoch(14,3,3)", "stochrsi(14,5,3)",
        "willr(14)", "cci(20)", "roc(10)", "cmo(14)", "trix(15)", "ultosc(7,14,28)", "mfi(14)", "aroon(14)",
        "adx(14)", "atr(14)", "bbands(20,2)", "stddev(20)", "sar(0.02,0.2)", "obv", "adosc(3,10)", "linreg(14)",
        "min(20)", "max(20)", "keltner(20,2)", "donchian(20)", "zscore(20)", "cmf(20)", "vwap", "percent_rank(20)",
        "skew(20)", "kurt(20)", "vol_close(20)", "parkinson(20)", "garman_klass(20)", "yang_zhang(20)",
        "vol_percentile(20,100)" })
    public String expression;

    private RealMinuteBars bars;
    private Indicator indicator;
    private int index;

    /**
     * Loads the bars once and builds the indicator from its expression.
     */
    @Setup(Level.Trial)
    public void setUp()
    {
        bars = RealMinuteBars.load();
        final Feature feature = FeatureExpressionParser.standard().parse(expression).create();
        if (!(feature instanceof Indicator))
        {
            throw new IllegalArgumentException(expression + " is not a bar indicator");
        }
        indicator = (Indicator)feature;
    }

    /**
     * @return the indicator's first output after the update.
     */
    @Benchmark
    public double update()
    {
        final RealMinuteBars bars = this.bars;
        int i = index;
        if (++i == bars.count())
        {
            i = 0;
        }
        index = i;
        indicator.update(bars.startNs[i], bars.open[i], bars.high[i], bars.low[i], bars.close[i], bars.volume[i]);
        return indicator.value();
    }
}
