package io.ticksignal.engine.feature.indicator;

/**
 * The moving average an oscillator ({@code apo}, {@code ppo}) is built from.
 */
public enum MovingAverageType
{
    /** Simple moving average (TA-Lib's default for APO and PPO). */
    SMA,
    /** SMA-seeded exponential moving average. */
    EMA
}
