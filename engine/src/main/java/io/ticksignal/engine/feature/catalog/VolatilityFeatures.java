package io.ticksignal.engine.feature.catalog;

import io.ticksignal.engine.feature.volatility.GarmanKlass;
import io.ticksignal.engine.feature.volatility.Parkinson;
import io.ticksignal.engine.feature.volatility.RealizedVol;
import io.ticksignal.engine.feature.volatility.RogersSatchell;
import io.ticksignal.engine.feature.volatility.VolClose;
import io.ticksignal.engine.feature.volatility.VolPercentile;
import io.ticksignal.engine.feature.volatility.YangZhang;

import static io.ticksignal.engine.feature.catalog.ArgumentSpec.period;
import static io.ticksignal.engine.feature.catalog.ArgumentSpec.positive;
import static io.ticksignal.engine.feature.catalog.FeatureEntry.bars;

/**
 * The registrations of the volatility estimators ({@code io.ticksignal.engine.feature.volatility}), part of
 * {@link StandardFeatures}. Values are per-bar sigma of natural-log returns; every estimator but
 * {@code vol_percentile} (a rank, which scaling does not change) takes an optional {@code annualize} factor N that
 * multiplies the value by sqrt(N), default 1 (not annualised), e.g. {@code yang_zhang(20,252)} on daily bars.
 */
final class VolatilityFeatures
{
    /**
     * The largest {@code annualize} factor accepted (the estimators take any finite N &gt; 0; this bound, far above
     * the 31,536,000 one-second bars of a 24/7 year, only keeps the argument finite and printable).
     */
    static final double MAX_ANNUALIZE = 1e9;

    private VolatilityFeatures()
    {
    }

    static void register(final FeatureCatalog.Builder catalog)
    {
        catalog
            .add(bars(VolClose.NAME).args(period("n", 20, 2), annualize()).warmUp("n + 1")
                .summary("close-to-close sigma: sample stdev (divisor n - 1) of the last n log returns ln(close / previous close), times sqrt(annualize)")
                .build(a -> new VolClose(a.intAt(0), a.doubleAt(1))))
            .add(bars(Parkinson.NAME).args(period("n", 20, 1), annualize()).warmUp("n")
                .summary("Parkinson high-low sigma sqrt(sum(ln(high / low)^2) / (4 ln2 n)) over the last n bars, times sqrt(annualize)")
                .build(a -> new Parkinson(a.intAt(0), a.doubleAt(1))))
            .add(bars(GarmanKlass.NAME).args(period("n", 20, 1), annualize()).warmUp("n")
                .summary("Garman-Klass sigma sqrt(mean(0.5 ln(high / low)^2 - (2 ln2 - 1) ln(close / open)^2)) over the last n bars, no overnight term, times sqrt(annualize)")
                .build(a -> new GarmanKlass(a.intAt(0), a.doubleAt(1))))
            .add(bars(RogersSatchell.NAME).args(period("n", 20, 1), annualize()).warmUp("n")
                .summary("Rogers-Satchell drift-independent sigma sqrt(mean(ln(high / close) ln(high / open) + ln(low / close) ln(low / open))) over the last n bars, times sqrt(annualize)")
                .build(a -> new RogersSatchell(a.intAt(0), a.doubleAt(1))))
            .add(bars(YangZhang.NAME).args(period("n", 20, 2), annualize()).warmUp("n + 1")
                .summary("Yang-Zhang sigma sqrt(Vo + k Vc + (1 - k) Vrs) over the last n bars: Vo, Vc sample variances (divisor n - 1) of ln(open / previous close) and ln(close / open), Vrs the mean Rogers-Satchell term, k = 0.34 / (1.34 + (n + 1) / (n - 1)); times sqrt(annualize)")
                .build(a -> new YangZhang(a.intAt(0), a.doubleAt(1))))
            .add(bars(RealizedVol.NAME).args(period("n", 20, 1), annualize()).warmUp("n + 1")
                .summary("realized volatility sqrt(sum of r^2) over the last n log returns r = ln(close / previous close), not divided by n, no mean removed (an n-bar quantity); times sqrt(annualize), so pass bars per year / n to annualise")
                .build(a -> new RealizedVol(a.intAt(0), a.doubleAt(1))))
            .add(bars(VolPercentile.NAME).args(period("n", 20, 2), period("m", 100, 2)).warmUp("n + m")
                .summary("percent rank of the current vol_close(n) among its last m values (itself included), 100 * (below + (equal - 1) / 2) / (m - 1): lowest 0, highest 100, ties share their mid-rank; O(m) array shift per update")
                .build(a -> new VolPercentile(a.intAt(0), a.intAt(1))));
    }

    private static ArgumentSpec annualize()
    {
        return positive("annualize", 1.0, MAX_ANNUALIZE);
    }
}
