package io.ticksignal.engine.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.agrona.ErrorHandler;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.errors.DistinctErrorLog;
import org.agrona.concurrent.errors.ErrorLogReader;
import org.agrona.concurrent.status.AtomicCounter;

/**
 * The one error handler at the runner boundary (both agent runners, the Aeron client and the embedded driver):
 * every unexpected error is counted in the {@code ticksignal: errors} counter, kept in an Agrona
 * {@link DistinctErrorLog} (one entry per distinct stack trace, with its observation count and first and last
 * time), and passed on to an optional extra handler. Nothing is swallowed: an error the log has no room for is
 * still counted and is written, one line, to standard error. {@link #distinctErrors()} reads the log back for
 * the shutdown summary.
 * <p>
 * Thread-safety: {@link #onError} may be called from any thread at once. Allocation: recording an error allocates
 * (its stack trace text); errors are off the hot path by definition.
 */
public final class EngineErrorLog implements ErrorHandler
{
    /** Bytes kept for distinct errors: 64 KiB. */
    public static final int LOG_CAPACITY = 64 * 1024;

    private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(LOG_CAPACITY));
    private final DistinctErrorLog log;
    private final AtomicCounter errors;
    private final ErrorHandler next;

    /**
     * @param errors counts every error.
     * @param clock  time of each observation, ms since the epoch.
     * @param next   told after counting and logging; may be {@code null}.
     */
    public EngineErrorLog(final AtomicCounter errors, final EpochClock clock, final ErrorHandler next)
    {
        this.errors = errors;
        this.log = new DistinctErrorLog(buffer, clock, StandardCharsets.UTF_8);
        this.next = next;
    }

    /**
     * Count, keep and pass on one error.
     *
     * @param throwable the error.
     */
    @Override
    public void onError(final Throwable throwable)
    {
        errors.increment();
        if (!log.record(throwable))
        {
            System.err.println("ticksignal: error (error log full): " + throwable);
        }
        if (null != next)
        {
            next.onError(throwable);
        }
    }

    /**
     * @return errors seen so far (all observations, not only distinct ones).
     */
    public long errorCount()
    {
        return errors.get();
    }

    /**
     * Read the log: one entry per distinct error, "N x first line of the stack trace". Allocates.
     *
     * @return the entries, in the order first seen.
     */
    public List<String> distinctErrors()
    {
        final List<String> entries = new ArrayList<>();
        ErrorLogReader.read(buffer, (observationCount, firstTimestamp, lastTimestamp, encodedException) ->
        {
            final int lineEnd = encodedException.indexOf('\n');
            entries.add(observationCount + " x " +
                (lineEnd < 0 ? encodedException : encodedException.substring(0, lineEnd)).trim());
        });
        return entries;
    }
}
