package io.ticksignal.engine.feature.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The feature names the engine knows, each with its {@link FeatureEntry}, in name order.
 * Immutable and thread-safe once built. {@link #standard()} is the catalog of every built-in
 * feature ({@link StandardFeatures}).
 */
public final class FeatureCatalog
{
    private final Map<String, FeatureEntry> entries;

    private FeatureCatalog(final Map<String, FeatureEntry> entries)
    {
        this.entries = entries;
    }

    /**
     * @return the catalog of every built-in feature (built once, then shared).
     */
    public static FeatureCatalog standard()
    {
        return StandardHolder.CATALOG;
    }

    /**
     * @return a builder for a catalog of your own (tests, extensions).
     */
    public static Builder builder()
    {
        return new Builder();
    }

    /**
     * @param name a feature name.
     * @return its entry, if the catalog has it.
     */
    public Optional<FeatureEntry> find(final String name)
    {
        return Optional.ofNullable(entries.get(name));
    }

    /**
     * @return every entry in name order.
     */
    public List<FeatureEntry> entries()
    {
        return List.copyOf(entries.values());
    }

    /**
     * @return every name in order.
     */
    public List<String> names()
    {
        return List.copyOf(entries.keySet());
    }

    /**
     * @param unknown a name that is not in the catalog.
     * @return the closest known name (edit distance at most 2, or a name it is a prefix of), if any.
     */
    public Optional<String> suggest(final String unknown)
    {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (final String name : entries.keySet())
        {
            final int distance = name.startsWith(unknown) && !unknown.isEmpty() ? 1 : editDistance(unknown, name);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = name;
            }
        }
        return bestDistance <= 2 ? Optional.of(best) : Optional.empty();
    }

    static int editDistance(final String a, final String b)
    {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++)
            {
                final int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            final int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Collects entries; names must be unique.
     */
    public static final class Builder
    {
        private final Map<String, FeatureEntry> entries = new TreeMap<>();

        private Builder()
        {
        }

        /**
         * @param entry an entry.
         * @return this.
         * @throws IllegalArgumentException if an entry of that name is already there.
         */
        public Builder add(final FeatureEntry entry)
        {
            if (entries.putIfAbsent(entry.name(), entry) != null)
            {
                throw new IllegalArgumentException("feature '" + entry.name() + "' is registered twice");
            }
            return this;
        }

        /**
         * @return the catalog.
         */
        public FeatureCatalog build()
        {
            return new FeatureCatalog(new TreeMap<>(entries));
        }
    }

    private static final class StandardHolder
    {
        static final FeatureCatalog CATALOG = StandardFeatures.register(builder()).build();
    }
}
