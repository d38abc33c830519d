package io.ticksignal.engine.feature.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link MonotonicDeque} and {@link SortedWindow} against brute force, and {@link DoubleRing} by hand.
 */
class WindowExtremesAndRanksTest
{
    @Test
    void shouldTrackMaxAndMinWithTheNewestWinningTies()
    {
        final MonotonicDeque max = new MonotonicDeque(3, MonotonicDeque.Extreme.MAX);
        final MonotonicDeque min = new MonotonicDeque(3, MonotonicDeque.Extreme.MIN);
        final double[] values = {5.0, 1.0, 5.0, 2.0, 0.5, 3.0};
        final double[] maxima = {5.0, 5.0, 5.0, 5.0, 5.0, 3.0};
        final int[] maxAges = {0, 1, 0, 1, 2, 0};
        final double[] minima = {5.0, 1.0, 1.0, 1.0, 0.5, 0.5};
        for (int i = 0; i < values.length; i++)
        {
            max.push(values[i]);
            min.push(values[i]);
            assertEquals(maxima[i], max.value(), "max at " + i);
            assertEquals(maxAges[i], max.ageOfExtreme(), "max age at " + i);
            assertEquals(minima[i], min.value(), "min at " + i);
        }
        max.reset();
        max.push(-1.0);
        assertEquals(-1.0, max.value());
        assertThrows(IllegalArgumentException.class, () -> new MonotonicDeque(0, MonotonicDeque.Extreme.MAX));
    }

    @Test
    void shouldAgreeWithBruteForceOnRandomData()
    {
        final int n = 7;
        final MonotonicDeque max = new MonotonicDeque(n, MonotonicDeque.Extreme.MAX);
        final SortedWindow sorted = new SortedWindow(n);
        final DoubleRing ring = new DoubleRing(n);
        final SplittableRandom random = new SplittableRandom(21L);
        for (int i = 0; i < 10_000; i++)
        {
            final double value = random.nextInt(0, 10);
            max.push(value);
            sorted.push(value);
            ring.push(value);
            double expectedMax = Double.NEGATIVE_INFINITY;
            int below = 0;
            int atOrBelow = 0;
            for (int age = 0; age < ring.count(); age++)
            {
                expectedMax = Math.max(expectedMax, ring.get(age));
                below += ring.get(age) < 5.0 ? 1 : 0;
                atOrBelow += ring.get(age) <= 5.0 ? 1 : 0;
            }
            assertEquals(expectedMax, max.value());
            assertEquals(below, sorted.countBelow(5.0));
            assertEquals(atOrBelow, sorted.countAtOrBelow(5.0));
        }
    }

    @Test
    void shouldCountRanksByHandAndForgetOnReset()
    {
        final SortedWindow sorted = new SortedWindow(3);
        sorted.push(3.0);
        sorted.push(1.0);
        assertFalse(sorted.isFull());
        sorted.push(2.0);
        sorted.push(2.0);
        assertTrue(sorted.isFull());
        // the window is now 1, 2, 2 (the 3 has left)
        assertEquals(0, sorted.countBelow(1.0));
        assertEquals(1, sorted.countBelow(2.0));
        assertEquals(3, sorted.countAtOrBelow(2.0));
        assertEquals(1, sorted.countAtOrBelow(1.5));
        sorted.reset();
        assertEquals(0, sorted.countAtOrBelow(10.0));
        assertThrows(IllegalArgumentException.class, () -> new SortedWindow(0));
    }

    @Test
    void shouldReadARingByAge()
    {
        final DoubleRing ring = new DoubleRing(2);
        ring.push(1.0);
        assertEquals(1.0, ring.oldest());
        ring.push(2.0);
        ring.push(3.0);
        assertTrue(ring.isFull());
        assertEquals(3.0, ring.get(0));
        assertEquals(2.0, ring.oldest());
        assertEquals(2, ring.capacity());
        ring.reset();
        assertEquals(0, ring.count());
        assertThrows(IllegalArgumentException.class, () -> new DoubleRing(0));
    }
}
