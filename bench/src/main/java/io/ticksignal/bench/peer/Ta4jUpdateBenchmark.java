package io.ticksignal.bench.peer;

import io.ticksignal.bench.feature.RealMinuteBars;

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
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.CCIIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.StochasticOscillatorKIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.DecimalNum;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

/**
 * ta4j 0.17 (the newest release that runs on Java 17) used as its users do in live code: each
 * operation adds one real 1-minute bar to a {@code BaseBarSeries} bounded to
 * {@value #MAX_BARS} bars (so memory stays flat; ta4j drops the oldest bar and its cached
 * values) and reads the indicator's newest value with
 * {@code getValue(series.getEndIndex())}. ta4j caches each indicator's values per bar index, so
 * a read computes only the newest index from cached predecessors: this is ta4j at its
 * incremental best, not a recomputation over history.
 * <p>
 * The expressions and their outputs match {@link io.ticksignal.bench.feature.IndicatorUpdateBenchmark}
 * ({@code value()} is output 0): the MACD line, the lower Bollinger band, the slow %K
 * ({@code sma(3)} of fast %K). {@code num} is ta4j's number type: {@code DoubleNum}, the
 * closest to our primitive doubles, or {@code DecimalNum}, ta4j's default.
 * The series is filled with {@value #MAX_BARS} bars in set-up, so every measured operation also
 * evicts a bar.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED" })
public class Ta4jUpdateBenchmark
{
    /** The peer's name in the suite's result table. */
    public static final String PEER_NAME = "ta4j";

    /** Bars kept in the series. */
    public static final int MAX_BARS = 500;

    private static final Duration ONE_MINUTE = Duration.ofMinutes(1);

    @Param({ "sma(20)", "ema(20)", "rsi(14)", "macd(12,26,9)", "bbands(20,2)", "atr(14)", "stoch(14,3,3)", "cci(20)" })
    public String expression;

    @Param({ "double", "decimal" })
    public String num;

    private RealMinuteBars bars;
    private BarSeries series;
    private Indicator<Num> indicator;
    private ZonedDateTime endTime;
    private int index;

    /**
     * Loads the bars, builds the series and the indicator, and fills the series.
     */
    @Setup(Level.Trial)
    public void setUp()
    {
        bars = RealMinuteBars.load();
        final BaseBarSeriesBuilder builder = new BaseBarSeriesBuilder().withName("btcusd-1m").withMaxBarCount(MAX_BARS);
        if ("double".equals(num))
        {
            builder.withNumTypeOf(DoubleNum.class);
        }
        else if ("decimal".equals(num))
        {
            builder.withNumTypeOf(DecimalNum.class);
        }
        else
        {
            throw new IllegalArgumentException("num must be double or decimal: " + num);
        }
        series = builder.build();
        indicator = indicator(series, PeerExpression.parse(expression));
        endTime = ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        index = -1;
        for (int i = 0; i < MAX_BARS; i++)
        {
            update();
        }
    }

    /**
     * @return the indicator's newest value after adding the next bar.
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
        final BarSeries series = this.series;
        endTime = endTime.plusMinutes(1);
        series.addBar(ONE_MINUTE, endTime, series.numOf(bars.open[i]), series.numOf(bars.high[i]),
            series.numOf(bars.low[i]), series.numOf(bars.close[i]), series.numOf(bars.volume[i]));
        return indicator.getValue(series.getEndIndex()).doubleValue();
    }

    private static Indicator<Num> indicator(final BarSeries series, final PeerExpression expression)
    {
        final ClosePriceIndicator close = new ClosePriceIndicator(series);
        switch (expression.name)
        {
            case "sma":
                return new SMAIndicator(close, expression.intArg(0));
            case "ema":
                return new EMAIndicator(close, expression.intArg(0));
            case "rsi":
                return new RSIIndicator(close, expression.intArg(0));
            case "macd":
                return new MACDIndicator(close, expression.intArg(0), expression.intArg(1));
            case "bbands":
            {
                final int n = expression.intArg(0);
                return new BollingerBandsLowerIndicator(new BollingerBandsMiddleIndicator(new SMAIndicator(close, n)),
                    new StandardDeviationIndicator(close, n), series.numOf(expression.doubleArg(1)));
            }
            case "atr":
                return new ATRIndicator(series, expression.intArg(0));
            case "stoch":
                return new SMAIndicator(new StochasticOscillatorKIndicator(series, expression.intArg(0)), expression.intArg(1));
            case "cci":
                return new CCIIndicator(series, expression.intArg(0));
            default:
                throw new IllegalArgumentException("no ta4j peer for " + expression.name);
        }
    }
}
