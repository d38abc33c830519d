package io.ticksignal.engine.feature.volatility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticksignal.engine.feature.indicator.Indicator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ten million updates of a fixed-seed random walk: at checkpoints, and at every one of the last
 * 100 bars, each estimator is within 1e-9 relative of a fresh full-window computation over the
 * same window (so rounding error does not build up over a long run).
 */
class VolatilityLongRunTest
{
    private static final int UPDATES = 10_000_000;
    private static final int CHECKPOINT_EVERY = 1_000_000;
    private static final int HISTORY = 128;
    private static final int PERIOD = 20;
    private static final int PERCENTILE_HISTORY = 50;

    private final List<EstimatorCase> cases = List.of(
        new EstimatorCase(
            "vol_close(20)", () -> new VolClose(PERIOD), (b, e) -> NaiveVolatility.volClose(b, e, PERIOD)),
        new EstimatorCase(
            "realized_vol(20)", () -> new RealizedVol(PERIOD), (b, e) -> NaiveVolatility.realizedVol(b, e, PERIOD)),
        new EstimatorCase(
            "parkinson(20)", () -> new Parkinson(PERIOD), (b, e) -> NaiveVolatility.parkinson(b, e, PERIOD)),
        new EstimatorCase(
            "garman_klass(20)", () -> new GarmanKlass(PERIOD), (b, e) -> NaiveVolatility.garmanKlass(b, e, PERIOD)),
        new EstimatorCase(
            "rogers_satchell(20)", () -> new RogersSatchell(PERIOD),
            (b, e) -> NaiveVolatility.rogersSatchell(b, e, PERIOD)),
        new EstimatorCase(
            "yang_zhang(20)", () -> new YangZhang(PERIOD), (b, e) -> NaiveVolatility.yangZhang(b, e, PERIOD)));

    private final double[] open = new double[HISTORY];
    private final double[] high = new double[HISTORY];
    private final double[] low = new double[HISTORY];
    private final double[] close = new double[HISTORY];

    @Test
    void shouldStayWithinOneBillionthOfFreshComputationOverTenMillionUpdates()
    {
        final Indicator[] estimators = new Indicator[cases.size()];
        for (int i = 0; i < estimators.length; i++)
        {
            estimators[i] = cases.get(i).factory().get();
        }
        final VolPercentile percentile = new VolPercentile(PERIOD, PERCENTILE_HISTORY);
        final RandomWalkBars walk = new RandomWalkBars(20_240_601L);
        int checks = 0;
        for (int update = 1; update <= UPDATES; update++)
        {
            walk.next();
            final int slot = update % HISTORY;
            open[slot] = walk.open();
            high[slot] = walk.high();
            low[slot] = walk.low();
            close[slot] = walk.close();
            for (final Indicator estimator : estimators)
            {
                estimator.update(update, walk.open(), walk.high(), walk.low(), walk.close(), 1.0);
            }
            percentile.update(update, walk.open(), walk.high(), walk.low(), walk.close(), 1.0);
            if (update % CHECKPOINT_EVERY == 0 || update > UPDATES - 100)
            {
                checkAgainstFreshComputation(update, estimators, percentile);
                checks++;
            }
        }
        assertEquals(10 + 99, checks);
    }

    private void checkAgainstFreshComputation(
        final int update, final Indicator[] estimators, final VolPercentile percentile)
    {
        final BarArrays window = new BarArrays();
        for (int age = HISTORY - 1; age >= 0; age--)
        {
            final int slot = Math.floorMod(update - age, HISTORY);
            window.add(0L, open[slot], high[slot], low[slot], close[slot], 1.0);
        }
        final int end = HISTORY - 1;
        for (int i = 0; i < estimators.length; i++)
        {
            VolatilityAssertions.assertRelativelyClose(
                cases.get(i).reference().valueAt(window, end), estimators[i].value(),
                cases.get(i).expression() + " after " + update + " updates");
        }
        final double[] bounds = NaiveVolatility.volPercentileBounds(
            NaiveVolatility.volCloseSeries(window, PERIOD), end, PERCENTILE_HISTORY, 1e-9);
        assertTrue(
            percentile.value() >= bounds[0] - 1e-12 && percentile.value() <= bounds[1] + 1e-12,
            "vol_percentile after " + update + " updates: " + percentile.value());
    }
}
