package io.ticksignal.engine.model.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class CalibrationTest
{
    @Test
    void shouldApplyPlattSigmoid()
    {
        final PlattCalibration platt = new PlattCalibration(2.0, -1.0);
        assertEquals(0.5, platt.apply(0.5), 0.0);
        assertEquals(1.0 / (1.0 + Math.exp(-(2.0 * 0.9 - 1.0))), platt.apply(0.9), 1e-15);
        assertEquals(0.2689414213699951, platt.apply(0.0), 1e-15);
    }

    @Test
    void shouldInterpolateIsotonicTableAndClampAtTheEnds()
    {
        final IsotonicCalibration isotonic = new IsotonicCalibration(
            new double[] {0.2, 0.4, 0.8}, new double[] {0.1, 0.3, 0.9});
        assertEquals(0.1, isotonic.apply(0.0), 0.0);
        assertEquals(0.1, isotonic.apply(0.2), 0.0);
        assertEquals(0.2, isotonic.apply(0.3), 1e-15);
        assertEquals(0.3, isotonic.apply(0.4), 0.0);
        assertEquals(0.75, isotonic.apply(0.7), 1e-15);
        assertEquals(0.9, isotonic.apply(0.8), 0.0);
        assertEquals(0.9, isotonic.apply(1.0), 0.0);
        assertTrue(Double.isNaN(isotonic.apply(Double.NaN)));
    }

    @Test
    void shouldRejectBadIsotonicTables()
    {
        assertEquals("x must be finite and strictly increasing; x[1]=0.2 is not",
            IsotonicCalibration.problem(new double[] {0.2, 0.2}, new double[] {0.1, 0.2}));
        assertEquals("y must be in [0, 1] and non-decreasing; y[1]=0.05 is not",
            IsotonicCalibration.problem(new double[] {0.1, 0.2}, new double[] {0.1, 0.05}));
        assertThrows(IllegalArgumentException.class,
            () -> new IsotonicCalibration(new double[] {0.1}, new double[] {0.1}));
        assertThrows(IllegalArgumentException.class, () -> new PlattCalibration(Double.NaN, 0.0));
    }

    @Test
    void shouldPassThroughWithoutCalibration()
    {
        assertEquals(0.37, Calibration.none().apply(0.37), 0.0);
        assertEquals(CalibrationKind.NONE, Calibration.none().kind());
    }
}
