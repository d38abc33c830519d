package io.ticksignal.engine.feature.volatility;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Test-only comparison at the stated tolerance: 1e-9 relative; a reference value of exactly 0
 * (a window of zero terms) must be matched by exactly 0.
 */
final class VolatilityAssertions
{
    static final double RELATIVE_TOLERANCE = 1e-9;

    private VolatilityAssertions()
    {
    }

    static void assertRelativelyClose(final double expected, final double actual, final String where)
    {
        if (Double.isNaN(expected) || Double.isNaN(actual))
        {
            if (Double.isNaN(expected) != Double.isNaN(actual))
            {
                fail(where + ": expected " + expected + " but was " + actual);
            }
            return;
        }
        final double error = Math.abs(actual - expected);
        if (error > RELATIVE_TOLERANCE * Math.abs(expected) || (expected == 0.0 && actual != 0.0))
        {
            fail(where + ": expected " + expected + " but was " + actual + " (relative error "
                + error / Math.abs(expected) + ")");
        }
    }
}
