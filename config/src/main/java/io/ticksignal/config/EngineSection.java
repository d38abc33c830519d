package io.ticksignal.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads and validates the {@code engine} section.
 */
final class EngineSection
{
    static final List<String> KEYS = List.of("name", "ringSize", "ingressIdleStrategy", "pipelineIdleStrategy");
    static final int MIN_RING_SIZE = 64;
    static final int MAX_RING_SIZE = 1 << 24;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final String NAME_RULE =
        "1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit (it names directories)";
    private static final String RING_RULE =
        "a power of two between " + MIN_RING_SIZE + " and " + MAX_RING_SIZE;
    private static final String IDLE_STRATEGY = "an idle strategy";

    private EngineSection()
    {
    }

    static EngineConfig read(final SectionReader root)
    {
        final SectionReader engine = root.section("engine", KEYS);
        final String name = engine.text("name", NAME_RULE).orElse(ConfigDefaults.ENGINE_NAME);
        if (!NAME.matcher(name).matches())
        {
            engine.reject("name", "'" + name + "' is not allowed: must be " + NAME_RULE);
        }
        final long ringSize = engine.wholeNumber("ringSize", RING_RULE).orElse(ConfigDefaults.RING_SIZE);
        if (!isRingSize(ringSize))
        {
            engine.reject("ringSize", ringSize + " is not allowed: must be " + RING_RULE +
                "; try " + nearestRingSize(ringSize));
        }
        return new EngineConfig(
            name,
            (int)ringSize,
            engine.choice("ingressIdleStrategy", IdleStrategyKind.class, IDLE_STRATEGY)
                .orElse(ConfigDefaults.INGRESS_IDLE_STRATEGY),
            engine.choice("pipelineIdleStrategy", IdleStrategyKind.class, IDLE_STRATEGY)
                .orElse(ConfigDefaults.PIPELINE_IDLE_STRATEGY));
    }

    static boolean isRingSize(final long value)
    {
        return value >= MIN_RING_SIZE && value <= MAX_RING_SIZE && Long.bitCount(value) == 1;
    }

    /**
     * @return the allowed ring size nearest to the value (the larger one on a tie).
     */
    static long nearestRingSize(final long value)
    {
        if (value <= MIN_RING_SIZE)
        {
            return MIN_RING_SIZE;
        }
        if (value >= MAX_RING_SIZE)
        {
            return MAX_RING_SIZE;
        }
        final long lower = Long.highestOneBit(value);
        final long upper = lower << 1;
        return value - lower < upper - value ? lower : upper;
    }
}
