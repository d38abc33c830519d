package io.ticksignal.config;

import java.util.Objects;

/**
 * The decision policy that turns scores into signals.
 *
 * @param minConfidence  BUY or SELL only when the confidence is at least this, 0..1; HOLD otherwise.
 * @param minHoldEvents  after a signal, keep it for at least this many events of the same
 *                       instrument before changing direction (hysteresis), 0 or more.
 * @param emitMode       publish on every change of direction or on every decision.
 */
public record DecisionConfig(double minConfidence, long minHoldEvents, EmitMode emitMode)
{
    /**
     * Checks that the emit mode is not null.
     */
    public DecisionConfig
    {
        Objects.requireNonNull(emitMode, "emitMode");
    }
}
