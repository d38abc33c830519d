package io.ticksignal.engine.client;

/**
 * Which failed offers {@link OfferRetry} retries. {@code ADMIN_ACTION} is always retried;
 * {@code CLOSED} and {@code MAX_POSITION_EXCEEDED} never are (they cannot succeed).
 */
public enum RetryMode
{
    /** Retry {@code BACK_PRESSURED}; give up at once on {@code NOT_CONNECTED}. */
    BACK_PRESSURE,
    /** Retry {@code BACK_PRESSURED} and {@code NOT_CONNECTED}: wait out a subscriber that reconnects. */
    BACK_PRESSURE_AND_NOT_CONNECTED
}
