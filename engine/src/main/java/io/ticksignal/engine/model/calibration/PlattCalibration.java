package io.ticksignal.engine.model.calibration;

/**
 * Platt scaling: {@code p = 1 / (1 + exp(-(a * s + b)))}. With {@code a} and {@code b} fitted on held-out data by
 * logistic regression of the outcome on the model's score {@code s}. Immutable; allocation-free.
 */
public final class PlattCalibration implements Calibration
{
    private final double a;
    private final double b;

    /**
     * @param a slope, finite.
     * @param b intercept, finite.
     * @throws IllegalArgumentException when either is not finite.
     */
    public PlattCalibration(final double a, final double b)
    {
        if (!Double.isFinite(a) || !Double.isFinite(b))
        {
            throw new IllegalArgumentException("Platt a and b must be finite numbers, got a=" + a + ", b=" + b);
        }
        this.a = a;
        this.b = b;
    }

    @Override
    public double apply(final double score)
    {
        return 1.0 / (1.0 + Math.exp(-(a * score + b)));
    }

    @Override
    public CalibrationKind kind()
    {
        return CalibrationKind.PLATT;
    }

    /**
     * @return the slope {@code a}.
     */
    public double a()
    {
        return a;
    }

    /**
     * @return the intercept {@code b}.
     */
    public double b()
    {
        return b;
    }
}
