package io.ticksignal.engine.model.calibration;

/**
 * Maps a model's uncalibrated probability to a calibrated one. Implementations are immutable and thread-safe;
 * {@link #apply} allocates nothing.
 */
public interface Calibration
{
    /**
     * @param score the uncalibrated probability (or score) {@code s}.
     * @return the calibrated probability in [0, 1] (NaN in, NaN out).
     */
    double apply(double score);

    /**
     * @return which calibration this is.
     */
    CalibrationKind kind();

    /**
     * @return the identity calibration ({@link CalibrationKind#NONE}).
     */
    static Calibration none()
    {
        return NoCalibration.INSTANCE;
    }
}
