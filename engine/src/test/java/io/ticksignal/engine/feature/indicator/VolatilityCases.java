package io.ticksignal.engine.feature.indicator;

import static io.ticksignal.engine.feature.indicator.IndicatorCase.single;
import static io.ticksignal.engine.feature.indicator.TaLib.CORE;
import static io.ticksignal.engine.feature.indicator.TaLib.one;
import static io.ticksignal.engine.feature.indicator.TaLib.three;

import com.tictactec.ta.lib.MAType;

import java.util.List;

/**
 * Volatility and band indicators, each with its TA-Lib full-history oracle; for VAR, STDDEV and
 * BBANDS the oracle is the exact two-pass window statistic of {@link ExactReference}, which TA-Lib
 * is cross-checked against: TA-Lib's whole-history running sums of x and x^2 leave an absolute
 * error of ~1e-14 of the squared price in the variance, which on one-minute BTC bars (price ~$800,
 * window variance down to 1e-5) is 4e-4 relative, far outside 1e-9, while ours stays within it.
 */
final class VolatilityCases
{
    private VolatilityCases()
    {
    }

    static List<IndicatorCase> cases()
    {
        return List.of(
            single("tr", TrueRange::new,
                b -> one(b.size(), (e, beg, len, out) -> CORE.trueRange(0, e, b.high(), b.low(), b.close(), beg, len, out))),
            single("atr(14)", () -> new Atr(14),
                b -> one(b.size(), (e, beg, len, out) -> CORE.atr(0, e, b.high(), b.low(), b.close(), 14, beg, len, out))),
            single("atr(1)", () -> new Atr(1),
                b -> one(b.size(), (e, beg, len, out) -> CORE.atr(0, e, b.high(), b.low(), b.close(), 1, beg, len, out))),
            single("natr(14)", () -> new Natr(14),
                b -> one(b.size(), (e, beg, len, out) -> CORE.natr(0, e, b.high(), b.low(), b.close(), 14, beg, len, out))),
            bbands(20, 2.0),
            bbands(5, 1.5),
            single("stddev(5)", () -> new StdDev(5), b -> ExactReference.standardDeviationCrossCheckedWith(
                b.close(), 5,
                one(b.size(), (e, beg, len, out) -> CORE.stdDev(0, e, b.close(), 5, 1.0, beg, len, out)))),
            single("stddev(20)", () -> new StdDev(20), b -> ExactReference.standardDeviationCrossCheckedWith(
                b.close(), 20,
                one(b.size(), (e, beg, len, out) -> CORE.stdDev(0, e, b.close(), 20, 1.0, beg, len, out)))),
            single("var(5)", () -> new Variance(5), b -> ExactReference.varianceCrossCheckedWith(b.close(), 5,
                one(b.size(), (e, beg, len, out) -> CORE.variance(0, e, b.close(), 5, 1.0, beg, len, out)))),
            single("var(30)", () -> new Variance(30), b -> ExactReference.varianceCrossCheckedWith(b.close(), 30,
                one(b.size(), (e, beg, len, out) -> CORE.variance(0, e, b.close(), 30, 1.0, beg, len, out)))),
            single("sar(0.02,0.2)", Sar::new,
                b -> one(b.size(), (e, beg, len, out) -> CORE.sar(0, e, b.high(), b.low(), 0.02, 0.2, beg, len, out))),
            single("sar(0.05,0.3)", () -> new Sar(0.05, 0.3),
                b -> one(b.size(), (e, beg, len, out) -> CORE.sar(0, e, b.high(), b.low(), 0.05, 0.3, beg, len, out))));
    }

    /**
     * Exact bands (and pctb, width derived from them); TA-Lib BBANDS upper/middle/lower cross-checked.
     */
    private static IndicatorCase bbands(final int n, final double k)
    {
        return new IndicatorCase("bbands(" + n + "," + k + ")", () -> new BBands(n, k), b ->
        {
            final double[][] exact = ExactReference.bollinger(b.close(), n, k);
            final double[][] upperMiddleLower = three(b.size(), (e, beg, len, upper, middle, lower) -> CORE.bbands(
                0, e, b.close(), n, k, k, MAType.Sma, beg, len, upper, middle, lower));
            ExactReference.crossCheckedWith(exact[0], upperMiddleLower[2], "BBANDS lower");
            ExactReference.crossCheckedWith(exact[1], upperMiddleLower[1], "BBANDS middle");
            ExactReference.crossCheckedWith(exact[2], upperMiddleLower[0], "BBANDS upper");
            return exact;
        });
    }
}
