package io.ticksignal.config;

import java.util.Objects;

/**
 * The engine process: its name and the Disruptor ring and threads.
 *
 * @param name                 engine name, used in default paths and in logs, e.g. {@code ticksignal}.
 * @param ringSize             Disruptor ring capacity in slots, a power of two.
 * @param ingressIdleStrategy  what the Aeron ingress thread does when it polled nothing.
 * @param pipelineIdleStrategy what the pipeline (ring consumer) thread does while the ring is empty.
 */
public record EngineConfig(
    String name, int ringSize, IdleStrategyKind ingressIdleStrategy, IdleStrategyKind pipelineIdleStrategy)
{
    /**
     * Checks that no component is null.
     */
    public EngineConfig
    {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ingressIdleStrategy, "ingressIdleStrategy");
        Objects.requireNonNull(pipelineIdleStrategy, "pipelineIdleStrategy");
    }
}
