package io.ticksignal.bench.peer;

import io.ticksignal.bench.feature.RealMinuteBars;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
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
 * TA-Lib's Java port (0.4.0) used as a user of its batch API must in live code: keep the last
 * {@code W} bars and, for each new bar, recompute the function over that window and read the
 * last output. The window is a ring written twice ({@code i} and {@code i + W}), so the last
 * {@code W} bars are always one contiguous slice without shifting; {@link Core} is created once
 * and the output arrays are reused, so the peer allocates nothing per bar.
 * <p>
 * {@code W} is the function's lookback + 1 for the finite-window functions (sma, bbands, stoch,
 * cci: the exact value over the window), and lookback + 1 + {@value #SETTLE_BARS} for the
 * exponentially smoothed ones (ema, rsi, macd, atr), whose seed's weight must decay (below
 * 1e-3 after {@value #SETTLE_BARS} bars for these periods) before the value agrees with a
 * running indicator. Outputs match {@link io.ticksignal.bench.feature.IndicatorUpdateBenchmark}'s
 * {@code value()}: the MACD line, the lower Bollinger band, the slow %K.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED" })
public class TaLibWindowBenchmark
{
    /** The peer's name in the suite's result table. */
    public static final String PEER_NAME = "TA-Lib";

    /** Extra bars in the window of the exponentially smoothed functions. */
    public static final int SETTLE_BARS = 100;

    private static final int SMA = 0;
    private static final int EMA = 1;
    private static final int RSI = 2;
    private static final int MACD = 3;
    private static final int BBANDS = 4;
    private static final int ATR = 5;
    private static final int STOCH = 6;
    private static final int CCI = 7;

    @Param({ "sma(20)", "ema(20)", "rsi(14)", "macd(12,26,9)", "bbands(20,2)", "atr(14)", "stoch(14,3,3)", "cci(20)" })
    public String expression;

    private final Core core = new Core();
    private final MInteger outBegin = new MInteger();
    private final MInteger outCount = new MInteger();
    private RealMinuteBars bars;
    private int function;
    private int p0;
    private int p1;
    private int p2;
    private double k;
    private int window;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] out0;
    private double[] out1;
    private double[] out2;
    private int head;
    private int index;

    /**
     * Loads the bars, sizes the window from the function's lookback and fills it.
     */
    @Setup(Level.Trial)
    public void setUp()
    {
        bars = RealMinuteBars.load();
        final PeerExpression parsed = PeerExpression.parse(expression);
        final int lookback;
        int settle = SETTLE_BARS;
        switch (parsed.name)
        {
            case "sma":
                function = SMA;
                p0 = parsed.intArg(0);
                lookback = core.smaLookback(p0);
                settle = 0;
                break;
            case "ema":
                function = EMA;
                p0 = parsed.intArg(0);
                lookback = core.emaLookback(p0);
                break;
            case "rsi":
                function = RSI;
                p0 = parsed.intArg(0);
                lookback = core.rsiLookback(p0);
                break;
            case "macd":
                function = MACD;
                p0 = parsed.intArg(0);
                p1 = parsed.intArg(1);
                p2 = parsed.intArg(2);
                lookback = core.macdLookback(p0, p1, p2);
                break;
            case "bbands":
                function = BBANDS;
                p0 = parsed.intArg(0);
                k = parsed.doubleArg(1);
                lookback = core.bbandsLookback(p0, k, k, MAType.Sma);
                settle = 0;
                break;
            case "atr":
                function = ATR;
                p0 = parsed.intArg(0);
                lookback = core.atrLookback(p0);
                break;
            case "stoch":
                function = STOCH;
                p0 = parsed.intArg(0);
                p1 = parsed.intArg(1);
                p2 = parsed.intArg(2);
                lookback = core.stochLookback(p0, p1, MAType.Sma, p2, MAType.Sma);
                settle = 0;
                break;
            case "cci":
                function = CCI;
                p0 = parsed.intArg(0);
                lookback = core.cciLookback(p0);
                settle = 0;
                break;
            default:
                throw new IllegalArgumentException("no TA-Lib peer for " + parsed.name);
        }
        window = lookback + 1 + settle;
        high = new double[2 * window];
        low = new double[2 * window];
        close = new double[2 * window];
        out0 = new double[window];
        out1 = new double[window];
        out2 = new double[window];
        head = 0;
        index = -1;
        for (int i = 0; i < window; i++)
        {
            update();
        }
    }

    /**
     * @return the function's last output over the window ending with the next bar.
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
        final int w = window;
        final int at = head;
        high[at] = bars.high[i];
        high[at + w] = bars.high[i];
        low[at] = bars.low[i];
        low[at + w] = bars.low[i];
        close[at] = bars.close[i];
        close[at + w] = bars.close[i];
        head = at + 1 == w ? 0 : at + 1;
        return compute(head, head + w - 1);
    }

    private double compute(final int first, final int last)
    {
        final RetCode code;
        switch (function)
        {
            case SMA:
                code = core.sma(first, last, close, p0, outBegin, outCount, out0);
                break;
            case EMA:
                code = core.ema(first, last, close, p0, outBegin, outCount, out0);
                break;
            case RSI:
                code = core.rsi(first, last, close, p0, outBegin, outCount, out0);
                break;
            case MACD:
                code = core.macd(first, last, close, p0, p1, p2, outBegin, outCount, out0, out1, out2);
                break;
            case BBANDS:
                code = core.bbands(first, last, close, p0, k, k, MAType.Sma, outBegin, outCount, out1, out2, out0);
                break;
            case ATR:
                code = core.atr(first, last, high, low, close, p0, outBegin, outCount, out0);
                break;
            case STOCH:
                code = core.stoch(first, last, high, low, close, p0, p1, MAType.Sma, p2, MAType.Sma, outBegin, outCount,
                    out0, out1);
                break;
            case CCI:
                code = core.cci(first, last, high, low, close, p0, outBegin, outCount, out0);
                break;
            default:
                throw new IllegalStateException("function " + function);
        }
        if (code != RetCode.Success || outCount.value == 0)
        {
            return Double.NaN;
        }
        return out0[outCount.value - 1];
    }
}
