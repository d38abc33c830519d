package io.ticksignal.engine.model.registry;

import java.util.Objects;

/**
 * One promotion or rollback: a line of {@code promotions.log}, or the result of
 * {@link ModelRegistry#promote}/{@link ModelRegistry#rollback}.
 *
 * @param action      promote or rollback.
 * @param name        the model's name.
 * @param fromVersion the version promoted before, or {@link #NONE}.
 * @param toVersion   the version promoted after.
 * @param wallTime    when the command ran, ISO-8601 UTC (wall clock; nothing is computed from it).
 * @param changed     false when the version was already the promoted one (nothing was written).
 */
public record Promotion(
    PromotionAction action, String name, long fromVersion, long toVersion, String wallTime, boolean changed)
{
    /** {@code fromVersion} when nothing was promoted before. */
    public static final long NONE = -1;

    /**
     * Checks that no component is null.
     */
    public Promotion
    {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wallTime, "wallTime");
    }

    /**
     * @return e.g. {@code btc: version 1 -> 2} or {@code btc: (none) -> 1}.
     */
    public String describe()
    {
        return name + ": version " + (fromVersion == NONE ? "(none)" : Long.toString(fromVersion)) + " -> " +
            toVersion;
    }
}
