package io.ticksignal.engine.feature.indicator;

import static io.ticksignal.engine.feature.indicator.IndicatorCase.single;
import static io.ticksignal.engine.feature.indicator.TaLib.CORE;
import static io.ticksignal.engine.feature.indicator.TaLib.one;

import java.util.List;

/**
 * Volume and statistics indicators, each with its TA-Lib full-history oracle.
 */
final class VolumeStatisticsCases
{
    private VolumeStatisticsCases()
    {
    }

    static List<IndicatorCase> cases()
    {
        return List.of(
            single("obv", Obv::new,
                b -> one(b.size(), (e, beg, len, out) -> CORE.obv(0, e, b.close(), b.volume(), beg, len, out))),
            single("ad", Ad::new,
                b -> one(b.size(), (e, beg, len, out) -> CORE.ad(0, e, b.high(), b.low(), b.close(), b.volume(), beg, len, out))),
            single("adosc(3,10)", AdOsc::new,
                b -> one(b.size(), (e, beg, len, out) -> CORE.adOsc(
                    0, e, b.high(), b.low(), b.close(), b.volume(), 3, 10, beg, len, out))),
            single("adosc(12,5)", () -> new AdOsc(12, 5),
                b -> one(b.size(), (e, beg, len, out) -> CORE.adOsc(
                    0, e, b.high(), b.low(), b.close(), b.volume(), 12, 5, beg, len, out))),
            linreg(14),
            linreg(5),
            single("min(10)", () -> new Min(10),
                b -> one(b.size(), (e, beg, len, out) -> CORE.min(0, e, b.close(), 10, beg, len, out))),
            single("max(10)", () -> new Max(10),
                b -> one(b.size(), (e, beg, len, out) -> CORE.max(0, e, b.close(), 10, beg, len, out))),
            single("max(50)", () -> new Max(50),
                b -> one(b.size(), (e, beg, len, out) -> CORE.max(0, e, b.close(), 50, beg, len, out))));
    }

    /**
     * Slope and intercept from TA-Lib LINEARREG_SLOPE/INTERCEPT; r2 exact, cross-checked against the
     * square of TA-Lib CORREL of the close against the bar number (at 1e-5 relative, or within an
     * error proportional to the window's mean^2 / variance: CORREL's whole-history running sums of
     * y^2 and xy lose digits when the bar number reaches thousands and, on one-minute BTC bars, when
     * the window's spread is tiny next to the price; there TA-Lib is off by up to 1.6e-4 in r^2).
     */
    private static IndicatorCase linreg(final int n)
    {
        return new IndicatorCase("linreg(" + n + ")", () -> new LinReg(n), b ->
        {
            final double[] slope = one(b.size(), (e, beg, len, out) -> CORE.linearRegSlope(0, e, b.close(), n, beg, len, out));
            final double[] intercept = one(
                b.size(), (e, beg, len, out) -> CORE.linearRegIntercept(0, e, b.close(), n, beg, len, out));
            final double[] barNumber = new double[b.size()];
            for (int i = 0; i < barNumber.length; i++)
            {
                barNumber[i] = i;
            }
            final double[] r = one(b.size(), (e, beg, len, out) -> CORE.correl(0, e, barNumber, b.close(), n, beg, len, out));
            final double[] taLibR2 = new double[r.length];
            for (int i = 0; i < r.length; i++)
            {
                taLibR2[i] = r[i] * r[i];
            }
            final double[] r2 = ExactReference.rSquaredCrossCheckedWith(b.close(), n, taLibR2);
            return new double[][] {slope, intercept, r2};
        });
    }
}
