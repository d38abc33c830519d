package io.ticksignal.engine.feature.volatility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticksignal.engine.feature.indicator.Indicator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Bad input is ignored and counted without poisoning state: after a rejected bar every estimator
 * gives bit for bit what it gives on the same stream without that bar. Reset returns an estimator
 * to its construction state.
 */
class VolatilityRejectionAndResetTest
{
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    private final BarArrays bars = new RandomWalkBars(7L).take(120);

    private static List<Supplier<Indicator>> factories()
    {
        final List<Supplier<Indicator>> factories = new ArrayList<>();
        for (final EstimatorCase estimator : EstimatorCase.all())
        {
            factories.add(estimator.factory());
        }
        factories.add(() -> new VolPercentile(5, 10));
        return factories;
    }

    @Test
    void shouldIgnoreAndCountNanInfiniteAndNonPositiveInputWithoutPoisoningState()
    {
        for (final Supplier<Indicator> factory : factories())
        {
            final Indicator clean = factory.get();
            final Indicator dirty = factory.get();
            final String name = clean.getClass().getSimpleName() + "/" + clean.warmUpCount();
            for (int i = 0; i < bars.size(); i++)
            {
                if (i == 3 || i == 40)
                {
                    final double before = dirty.value();
                    dirty.update(i, NAN, NAN, NAN, NAN, NAN);
                    dirty.update(i, INF, INF, 1.0, INF, 1.0);
                    dirty.update(i, -1.0, -1.0, -1.0, -1.0, 1.0);
                    assertEquals(before, dirty.value(), name + " unchanged by rejected bars");
                }
                bars.feed(i, clean);
                bars.feed(i, dirty);
                assertEquals(clean.value(), dirty.value(), name + " at bar " + i);
                assertEquals(clean.isWarm(), dirty.isWarm());
            }
            assertTrue(clean.isWarm(), name);
            assertEquals(6, dirty.rejectedCount(), name);
            assertEquals(0, clean.rejectedCount(), name);
        }
    }

    @Test
    void shouldRejectBarsWhoseRangeDoesNotContainOpenAndClose()
    {
        final Indicator[] rangeEstimators = {new GarmanKlass(3), new RogersSatchell(3), new YangZhang(3)};
        for (final Indicator estimator : rangeEstimators)
        {
            estimator.update(0L, 100.0, 99.0, 98.0, 98.5, 1.0);
            estimator.update(0L, 100.0, 101.0, 100.5, 100.7, 1.0);
            estimator.update(0L, 100.0, 101.0, 99.0, 0.0, 1.0);
            assertEquals(3, estimator.rejectedCount(), estimator.getClass().getSimpleName());
        }
        final Parkinson parkinson = new Parkinson(3);
        parkinson.update(0L, 100.0, 99.0, 101.0, 100.0, 1.0);
        parkinson.update(0L, 100.0, 101.0, 0.0, 100.0, 1.0);
        assertEquals(2, parkinson.rejectedCount());
    }

    @Test
    void shouldReturnToConstructionStateOnReset()
    {
        for (final Supplier<Indicator> factory : factories())
        {
            final Indicator reused = factory.get();
            final String name = reused.getClass().getSimpleName() + "/" + reused.warmUpCount();
            for (int i = 0; i < 60; i++)
            {
                bars.feed(i, reused);
            }
            reused.update(0L, NAN, NAN, NAN, NAN, NAN);
            assertTrue(reused.isWarm(), name);

            reused.reset();

            assertFalse(reused.isWarm(), name);
            assertTrue(Double.isNaN(reused.value()), name);
            assertEquals(0, reused.rejectedCount(), name);
            final Indicator fresh = factory.get();
            for (int i = 0; i < bars.size(); i++)
            {
                bars.feed(i, reused);
                bars.feed(i, fresh);
                assertEquals(fresh.value(), reused.value(), name + " at bar " + i);
            }
        }
    }
}
