package io.ticksignal.config;

import java.util.Collection;
import java.util.Locale;

/**
 * Finds the allowed word closest to a misspelt one by edit distance (insertions, deletions and
 * substitutions, ignoring case), for "did you mean" hints. Cold path.
 */
final class KeySuggester
{
    private KeySuggester()
    {
    }

    /**
     * @param word    what was written.
     * @param allowed what is allowed.
     * @return the closest allowed word if it is close enough to be a likely typo, else null.
     */
    static String closest(final String word, final Collection<String> allowed)
    {
        final String lower = word.toLowerCase(Locale.ROOT);
        final int maxDistance = Math.max(2, word.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (final String candidate : allowed)
        {
            final int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= maxDistance ? best : null;
    }

    /**
     * @return the Levenshtein distance between the two strings.
     */
    static int distance(final String from, final String to)
    {
        int[] previous = new int[to.length() + 1];
        int[] current = new int[to.length() + 1];
        for (int j = 0; j <= to.length(); j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= from.length(); i++)
        {
            current[0] = i;
            for (int j = 1; j <= to.length(); j++)
            {
                final int substitution = previous[j - 1] + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            final int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[to.length()];
    }
}
