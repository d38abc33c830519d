package io.ticksignal.engine.runtime;

import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.aeron.IdleStrategies;
import org.agrona.ErrorHandler;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.OffsetEpochNanoClock;
import org.agrona.concurrent.SystemEpochClock;
import org.agrona.concurrent.SystemNanoClock;

/**
 * How to launch an {@link EngineRuntime}: the validated configuration plus what tests and tools inject (clocks,
 * idle strategies, an extra error handler, duty-cycle bounds). Set what you need, leave the rest;
 * {@link #conclude()} (called by {@link EngineRuntime#launch}) fills every default in one place:
 * <ul>
 *     <li>clocks: {@link OffsetEpochNanoClock} (receive stamps, latency, {@code ingressToDecisionNs}),
 *     {@link SystemEpochClock} (heartbeat, journal roll cycles, error log), {@link SystemNanoClock} (publish retry
 *     bound);</li>
 *     <li>idle strategies: from {@code engine.ingressIdleStrategy} and {@code engine.pipelineIdleStrategy};</li>
 *     <li>{@value #DEFAULT_FRAGMENT_LIMIT} fragments per ingress duty cycle, {@value #DEFAULT_DRAIN_LIMIT} ring
 *     slots per pipeline duty cycle, a signal retried for at most {@link #DEFAULT_PUBLISH_RETRY_TIMEOUT_NS} ns,
 *     start-up (recovery included) bounded by {@link #DEFAULT_START_TIMEOUT_NS} ns.</li>
 * </ul>
 * Not thread-safe: configure on one thread, then hand it to {@link EngineRuntime#launch}. An idle strategy
 * instance belongs to one thread: never give the same instance to both roles.
 */
public final class EngineRuntimeContext
{
    /** Most Aeron fragments the ingress agent polls in one duty cycle. */
    public static final int DEFAULT_FRAGMENT_LIMIT = 64;

    /** Most ring slots the pipeline agent processes in one duty cycle. */
    public static final int DEFAULT_DRAIN_LIMIT = 256;

    /** Longest a back-pressured signal is retried before it is counted as unpublished: 10 ms. */
    public static final long DEFAULT_PUBLISH_RETRY_TIMEOUT_NS = TimeUnit.MILLISECONDS.toNanos(10);

    /** Longest the pipeline thread may take to journal its start (and recovery's) control events: 30 s. */
    public static final long DEFAULT_START_TIMEOUT_NS = TimeUnit.SECONDS.toNanos(30);

    private TicksignalConfig config;
    private EpochNanoClock epochNanoClock;
    private EpochClock epochClock;
    private NanoClock nanoClock;
    private IdleStrategy ingressIdleStrategy;
    private IdleStrategy pipelineIdleStrategy;
    private ErrorHandler errorHandler;
    private PrintStream driftAlertOut = System.err;
    private int fragmentLimit = DEFAULT_FRAGMENT_LIMIT;
    private int drainLimit = DEFAULT_DRAIN_LIMIT;
    private long publishRetryTimeoutNs = DEFAULT_PUBLISH_RETRY_TIMEOUT_NS;
    private long startTimeoutNs = DEFAULT_START_TIMEOUT_NS;
    private boolean concluded;

    /**
     * Fill in the defaults and check the values; idempotent.
     *
     * @return this.
     * @throws IllegalStateException    when no configuration was given.
     * @throws IllegalArgumentException when a limit or timeout is not positive.
     */
    public EngineRuntimeContext conclude()
    {
        if (concluded)
        {
            return this;
        }
        if (null == config)
        {
            throw new IllegalStateException("config is required");
        }
        requirePositive(fragmentLimit, "fragmentLimit");
        requirePositive(drainLimit, "drainLimit");
        requirePositive(publishRetryTimeoutNs, "publishRetryTimeoutNs");
        requirePositive(startTimeoutNs, "startTimeoutNs");
        if (null == epochNanoClock)
        {
            epochNanoClock = new OffsetEpochNanoClock();
        }
        if (null == epochClock)
        {
            epochClock = SystemEpochClock.INSTANCE;
        }
        if (null == nanoClock)
        {
            nanoClock = SystemNanoClock.INSTANCE;
        }
        if (null == ingressIdleStrategy)
        {
            ingressIdleStrategy = IdleStrategies.newIdleStrategy(config.engine().ingressIdleStrategy());
        }
        if (null == pipelineIdleStrategy)
        {
            pipelineIdleStrategy = IdleStrategies.newIdleStrategy(config.engine().pipelineIdleStrategy());
        }
        if (ingressIdleStrategy == pipelineIdleStrategy)
        {
            throw new IllegalArgumentException("ingress and pipeline need their own idle strategy instances");
        }
        concluded = true;
        return this;
    }

    private static void requirePositive(final long value, final String name)
    {
        if (value <= 0)
        {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /**
     * @param config the validated configuration (required).
     * @return this.
     */
    public EngineRuntimeContext config(final TicksignalConfig config)
    {
        this.config = Objects.requireNonNull(config, "config");
        return this;
    }

    /**
     * @return the configuration.
     */
    public TicksignalConfig config()
    {
        return config;
    }

    /**
     * @param clock epoch-nanosecond clock for receive stamps, latency and {@code ingressToDecisionNs}; read by
     *              the ingress and pipeline threads, so it must be thread-safe.
     * @return this.
     */
    public EngineRuntimeContext epochNanoClock(final EpochNanoClock clock)
    {
        this.epochNanoClock = clock;
        return this;
    }

    /**
     * @return the epoch-nanosecond clock.
     */
    public EpochNanoClock epochNanoClock()
    {
        return epochNanoClock;
    }

    /**
     * @param clock epoch-millisecond clock for the counters heartbeat, the journal's roll cycles and the error log.
     * @return this.
     */
    public EngineRuntimeContext epochClock(final EpochClock clock)
    {
        this.epochClock = clock;
        return this;
    }

    /**
     * @return the epoch-millisecond clock.
     */
    public EpochClock epochClock()
    {
        return epochClock;
    }

    /**
     * @param clock monotonic clock bounding the signal publication retry.
     * @return this.
     */
    public EngineRuntimeContext nanoClock(final NanoClock clock)
    {
        this.nanoClock = clock;
        return this;
    }

    /**
     * @return the monotonic clock.
     */
    public NanoClock nanoClock()
    {
        return nanoClock;
    }

    /**
     * @param idleStrategy what the ingress thread does after a duty cycle; called with the cycle's work count.
     * @return this.
     */
    public EngineRuntimeContext ingressIdleStrategy(final IdleStrategy idleStrategy)
    {
        this.ingressIdleStrategy = idleStrategy;
        return this;
    }

    /**
     * @return the ingress idle strategy.
     */
    public IdleStrategy ingressIdleStrategy()
    {
        return ingressIdleStrategy;
    }

    /**
     * @param idleStrategy what the pipeline thread does after a duty cycle; called with the cycle's work count
     *                     (a test can slow the consumer down with one that parks even after work).
     * @return this.
     */
    public EngineRuntimeContext pipelineIdleStrategy(final IdleStrategy idleStrategy)
    {
        this.pipelineIdleStrategy = idleStrategy;
        return this;
    }

    /**
     * @return the pipeline idle strategy.
     */
    public IdleStrategy pipelineIdleStrategy()
    {
        return pipelineIdleStrategy;
    }

    /**
     * @param errorHandler told about every unexpected error after the runtime has counted and logged it; may be
     *                     {@code null}. Called from any engine thread (and Aeron's), so it must be thread-safe.
     * @return this.
     */
    public EngineRuntimeContext errorHandler(final ErrorHandler errorHandler)
    {
        this.errorHandler = errorHandler;
        return this;
    }

    /**
     * @return the extra error handler, or {@code null}.
     */
    public ErrorHandler errorHandler()
    {
        return errorHandler;
    }

    /**
     * @param out where the drift monitor's alert lines go (one line per crossing, written by the pipeline thread
     *            without allocating); default {@code System.err}. The demo sends them to a file.
     * @return this.
     */
    public EngineRuntimeContext driftAlertOut(final PrintStream out)
    {
        this.driftAlertOut = Objects.requireNonNull(out, "out");
        return this;
    }

    /**
     * @return where the drift monitor's alert lines go.
     */
    public PrintStream driftAlertOut()
    {
        return driftAlertOut;
    }

    /**
     * @param fragmentLimit most Aeron fragments polled per ingress duty cycle, positive.
     * @return this.
     */
    public EngineRuntimeContext fragmentLimit(final int fragmentLimit)
    {
        this.fragmentLimit = fragmentLimit;
        return this;
    }

    /**
     * @return most fragments per ingress duty cycle.
     */
    public int fragmentLimit()
    {
        return fragmentLimit;
    }

    /**
     * @param drainLimit most ring slots processed per pipeline duty cycle, positive.
     * @return this.
     */
    public EngineRuntimeContext drainLimit(final int drainLimit)
    {
        this.drainLimit = drainLimit;
        return this;
    }

    /**
     * @return most ring slots per pipeline duty cycle.
     */
    public int drainLimit()
    {
        return drainLimit;
    }

    /**
     * @param timeoutNs longest one back-pressured signal is retried, ns, positive.
     * @return this.
     */
    public EngineRuntimeContext publishRetryTimeoutNs(final long timeoutNs)
    {
        this.publishRetryTimeoutNs = timeoutNs;
        return this;
    }

    /**
     * @return the publication retry bound, ns.
     */
    public long publishRetryTimeoutNs()
    {
        return publishRetryTimeoutNs;
    }

    /**
     * @param timeoutNs longest the pipeline thread may take to start, ns, positive.
     * @return this.
     */
    public EngineRuntimeContext startTimeoutNs(final long timeoutNs)
    {
        this.startTimeoutNs = timeoutNs;
        return this;
    }

    /**
     * @return the start bound, ns.
     */
    public long startTimeoutNs()
    {
        return startTimeoutNs;
    }
}
