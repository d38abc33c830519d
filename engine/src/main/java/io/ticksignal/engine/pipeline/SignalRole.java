package io.ticksignal.engine.pipeline;

/**
 * Whose signals a {@link SignalStage} emits: the live model's or the shadow (challenger) model's.
 */
public enum SignalRole
{
    /**
     * The live model: journaled as {@code OUTPUT}, counted per direction ({@code signals: DIRECTION}), handed to
     * the sink (published over Aeron by the live engine).
     */
    CHAMPION,

    /**
     * The shadow model ({@code model.shadow}): journaled as {@code SHADOW_OUTPUT}, counted as
     * {@code shadow signals}, handed only to the shadow sink (never published by the live engine).
     */
    SHADOW
}
