package io.ticksignal.engine.feature.volatility;

import io.ticksignal.engine.feature.indicator.Indicator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Test-only pairing of an estimator with its naive full-window reference.
 */
record EstimatorCase(String expression, Supplier<Indicator> factory, Reference reference)
{
    /**
     * A from-scratch recomputation at one bar.
     */
    @FunctionalInterface
    interface Reference
    {
        double valueAt(BarArrays bars, int end);
    }

    @Override
    public String toString()
    {
        return expression;
    }

    /**
     * @return the single-valued estimators with a range of windows, including length-1 and
     * annualised cases.
     */
    static List<EstimatorCase> all()
    {
        final double sqrt252 = Math.sqrt(252.0);
        return List.of(
            new EstimatorCase("vol_close(2)", () -> new VolClose(2), (b, e) -> NaiveVolatility.volClose(b, e, 2)),
            new EstimatorCase("vol_close(20)", () -> new VolClose(20), (b, e) -> NaiveVolatility.volClose(b, e, 20)),
            new EstimatorCase(
                "vol_close(20,annualize=252)", () -> new VolClose(20, 252.0),
                (b, e) -> sqrt252 * NaiveVolatility.volClose(b, e, 20)),
            new EstimatorCase(
                "realized_vol(1)", () -> new RealizedVol(1), (b, e) -> NaiveVolatility.realizedVol(b, e, 1)),
            new EstimatorCase(
                "realized_vol(20)", () -> new RealizedVol(20), (b, e) -> NaiveVolatility.realizedVol(b, e, 20)),
            new EstimatorCase("parkinson(1)", () -> new Parkinson(1), (b, e) -> NaiveVolatility.parkinson(b, e, 1)),
            new EstimatorCase(
                "parkinson(20,annualize=252)", () -> new Parkinson(20, 252.0),
                (b, e) -> sqrt252 * NaiveVolatility.parkinson(b, e, 20)),
            new EstimatorCase(
                "garman_klass(20)", () -> new GarmanKlass(20), (b, e) -> NaiveVolatility.garmanKlass(b, e, 20)),
            new EstimatorCase(
                "rogers_satchell(20)", () -> new RogersSatchell(20),
                (b, e) -> NaiveVolatility.rogersSatchell(b, e, 20)),
            new EstimatorCase("yang_zhang(2)", () -> new YangZhang(2), (b, e) -> NaiveVolatility.yangZhang(b, e, 2)),
            new EstimatorCase(
                "yang_zhang(20)", () -> new YangZhang(20), (b, e) -> NaiveVolatility.yangZhang(b, e, 20)));
    }
}
