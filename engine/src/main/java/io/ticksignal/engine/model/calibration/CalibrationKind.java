package io.ticksignal.engine.model.calibration;

/**
 * The calibration a bundle applies ({@code calibration.kind} in {@code model.yaml}).
 */
public enum CalibrationKind
{
    /** Probabilities are used as the model gives them. */
    NONE,
    /** {@code sigmoid(a * s + b)} with keys {@code a}, {@code b}. */
    PLATT,
    /** Piecewise-linear table with keys {@code x} (strictly increasing) and {@code y} (non-decreasing, in [0, 1]). */
    ISOTONIC
}
