package io.ticksignal.engine.feature.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WindowSumTest
{
    @Test
    void shouldSumTheLastValuesByHand()
    {
        final WindowSum sum = new WindowSum(3);
        assertEquals(0.0, sum.sum());
        assertEquals(0, sum.count());
        sum.push(1.0);
        sum.push(2.0);
        assertFalse(sum.isFull());
        assertEquals(3.0, sum.sum());
        sum.push(4.0);
        sum.push(8.0);
        assertTrue(sum.isFull());
        assertEquals(14.0, sum.sum());
        assertEquals(8.0, sum.get(0));
        assertEquals(2.0, sum.get(2));
        assertEquals(3, sum.count());
    }

    @Test
    void shouldCancelLargeTermsThatLeaveTheWindowExactly()
    {
        final WindowSum sum = new WindowSum(2);
        sum.push(1e16);
        sum.push(1.0);
        sum.push(1.0);
        assertEquals(2.0, sum.sum());
    }

    @Test
    void shouldSumAWindowOfZerosToExactlyZero()
    {
        final WindowSum sum = new WindowSum(2);
        sum.push(0.1);
        sum.push(0.7);
        sum.push(0.0);
        sum.push(0.0);
        assertEquals(0.0, sum.sum());
        assertEquals(0L, Double.doubleToRawLongBits(sum.sum()));
    }

    @Test
    void shouldWorkWithAWindowOfOneAndRejectAWindowOfZero()
    {
        final WindowSum sum = new WindowSum(1);
        sum.push(3.5);
        sum.push(-2.25);
        assertEquals(-2.25, sum.sum());
        assertThrows(IllegalArgumentException.class, () -> new WindowSum(0));
    }

    @Test
    void shouldForgetEverythingOnReset()
    {
        final WindowSum sum = new WindowSum(2);
        sum.push(5.0);
        sum.push(6.0);
        sum.reset();
        assertEquals(0, sum.count());
        assertEquals(0.0, sum.sum());
        sum.push(7.0);
        assertEquals(7.0, sum.sum());
    }

    @Test
    void shouldStayWithinOneInABillionOfTheExactSumAfterTenMillionUpdates()
    {
        final int windowLength = 20;
        final int updates = 10_000_000;
        final double[] recent = new double[windowLength];
        final WindowSum sum = new WindowSum(windowLength);
        final SplittableRandom random = new SplittableRandom(3L);
        for (int i = 0; i < updates; i++)
        {
            // magnitudes over 12 decades, both signs: the case where uncompensated add/subtract drifts fastest
            final double value = random.nextDouble(-1.0, 1.0) * Math.pow(10.0, random.nextInt(-6, 6));
            recent[i % windowLength] = value;
            sum.push(value);
            if (i % 999_983 == 0 || i == updates - 1)
            {
                final double exact = ExactWindow.sum(recent, 0, windowLength);
                assertTrue(ExactWindow.isClose(exact, sum.sum(), 1e-9), "after " + i + ": " + sum.sum() + " vs " + exact);
            }
        }
    }
}
