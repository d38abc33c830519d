package io.ticksignal.bench.e2e;

/**
 * Whether the engine sustained an offered rate. Sustained means all three of: every measured message was sent and
 * its signal received (none left behind when the drain deadline passed); the achieved rate, measured signals over
 * the time from the first measured intended send to the last receive, is at least
 * {@link E2eHarness#SUSTAINED_RATE_FRACTION} of the offered rate; and the p99 latency against the intended send
 * time is at most {@link E2eHarness#SUSTAINED_P99_NS} or {@link E2eHarness#FLOOR_P99_FACTOR} times the same run's
 * ping-pong p99, whichever is larger (so a shared machine's own scheduling noise does not fail every rate). Because latency is measured from the intended send time, an
 * engine that falls behind shows a p99 that grows with the run's length, so a bounded p99 means it kept up.
 */
enum RateVerdict
{
    /** Kept up: all signals, achieved rate and p99 within the criterion. */
    SUSTAINED,
    /** The sender fell too far behind its schedule (back-pressure) and stopped the phase early. */
    STOPPED_BEHIND_SCHEDULE,
    /** Some signals had not arrived when the drain deadline passed. */
    SIGNALS_MISSING,
    /** The achieved rate fell short of the offered rate. */
    RATE_NOT_KEPT,
    /** All signals arrived at about the rate, but the p99 exceeded the bound: queues built up. */
    P99_UNBOUNDED
}
