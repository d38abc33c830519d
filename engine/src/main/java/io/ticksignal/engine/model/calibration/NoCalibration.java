package io.ticksignal.engine.model.calibration;

/**
 * The identity: probabilities pass through unchanged.
 */
final class NoCalibration implements Calibration
{
    static final NoCalibration INSTANCE = new NoCalibration();

    private NoCalibration()
    {
    }

    @Override
    public double apply(final double score)
    {
        return score;
    }

    @Override
    public CalibrationKind kind()
    {
        return CalibrationKind.NONE;
    }
}
