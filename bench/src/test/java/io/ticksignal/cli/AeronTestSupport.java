package io.ticksignal.cli;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.aeron.Subscription;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;

/**
 * Bounded waits and frame capture for the command tests that run over an embedded driver.
 */
final class AeronTestSupport
{
    private static final long TIMEOUT_NS = TimeUnit.SECONDS.toNanos(10);

    private AeronTestSupport()
    {
    }

    static void awaitUntil(final BooleanSupplier condition, final String what)
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

    static boolean pollInto(final Subscription subscription, final List<byte[]> frames)
    {
        subscription.poll((buffer, offset, length, header) ->
        {
            final byte[] copy = new byte[length];
            buffer.getBytes(offset, copy);
            frames.add(copy);
        }, 1024);
        return true;
    }
}
