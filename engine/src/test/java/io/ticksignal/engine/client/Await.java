package io.ticksignal.engine.client;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;

/**
 * Waits for a condition with a deadline, for tests: a bounded poll loop, never a blind sleep.
 */
final class Await
{
    private static final long TIMEOUT_NS = TimeUnit.SECONDS.toNanos(5);

    private Await()
    {
    }

    static void until(final BooleanSupplier condition, final String what)
    {
        final IdleStrategy idle = new SleepingIdleStrategy(TimeUnit.MICROSECONDS.toNanos(100));
        final long deadlineNs = System.nanoTime() + TIMEOUT_NS;
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                throw new AssertionError("timed out waiting for " + what);
            }
            idle.idle();
        }
    }
}
