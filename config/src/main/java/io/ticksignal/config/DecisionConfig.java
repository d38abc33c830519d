package io.ticksignal.config;

import java.util.Objects;

/**
 * The decision policy that turns scores into signals.
 *
 * @param minConfidence  BUY or SELL only when the confidence is at least this, 0..1; HOLD otherwise.
 * @param minHoldEvents  after a signal, keep it for at least this many events of the same
 *                       instrument before changing direction (hysteresis), 0 or more.
 * @param emitMode       publish on every change of direction or on every decision.
 * @param signalExpiryEvents a BUY or SELL that no decision has confirmed for more than this many
 *                       events of its instrument expires: the direction reverts to HOLD and a
 *                       HOLD signal is emitted; 0 means signals never expire.
 */
public record DecisionConfig(double minConfidence, long minHoldEvents, EmitMode emitMode, long signalExpiryEvents)
{
    /**
     * A policy whose signals never expire.
     *
     * @param minConfidence see the record.
     * @param minHoldEvents see the record.
     * @param emitMode      see the record.
     */
    public DecisionConfig(final double minConfidence, final long minHoldEvents, final EmitMode emitMode)
    {
        this(minConfidence, minHoldEvents, emitMode, ConfigDefaults.SIGNAL_EXPIRY_EVENTS);
    }

    /**
     * Checks that the emit mode is not null.
     */
    public DecisionConfig
    {
        Objects.requireNonNull(emitMode, "emitMode");
    }
}
