package io.ticksignal.bench.e2e;

/**
 * What one offered rate gave.
 *
 * @param offeredPerSecond  the fixed rate offered, msg/s.
 * @param warmUpMessages    messages sent (and not recorded) before the measurement.
 * @param scheduledMessages messages scheduled in the measurement.
 * @param sentMessages      measured messages actually sent.
 * @param receivedSignals   signals received for measured messages.
 * @param sendPerSecond     measured messages sent over the time from the first measured intended send to the last
 *                          send, msg/s.
 * @param achievedPerSecond signals received over the time from the first measured intended send to the last
 *                          receive, msg/s.
 * @param latency           tick-to-signal latency against the intended send time.
 * @param verdict           whether the rate was sustained.
 */
record RateResult(
    long offeredPerSecond,
    long warmUpMessages,
    long scheduledMessages,
    long sentMessages,
    long receivedSignals,
    double sendPerSecond,
    double achievedPerSecond,
    LatencySummary latency,
    RateVerdict verdict)
{
}
