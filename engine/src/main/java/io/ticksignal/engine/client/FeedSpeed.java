package io.ticksignal.engine.client;

import java.util.Locale;

/**
 * How fast {@link CsvFeed} plays a file: {@code 1} is real time by the data's own timestamps,
 * {@code 100} a hundred times faster, {@code max} unpaced. Immutable.
 *
 * @param pacing whether messages are paced at all.
 * @param factor the speed-up over real time (&gt; 0) when paced; ignored when unpaced.
 */
public record FeedSpeed(FeedPacing pacing, double factor)
{
    /** Unpaced: as fast as back-pressure allows. */
    public static final FeedSpeed MAX = new FeedSpeed(FeedPacing.UNPACED, 0);

    /**
     * Checks the factor of a paced speed.
     */
    public FeedSpeed
    {
        if (FeedPacing.EVENT_TIME == pacing && !(factor > 0 && factor < Double.POSITIVE_INFINITY))
        {
            throw new IllegalArgumentException("speed factor must be a positive number: " + factor);
        }
    }

    /**
     * @param factor the speed-up over real time, &gt; 0.
     * @return a paced speed.
     */
    public static FeedSpeed times(final double factor)
    {
        return new FeedSpeed(FeedPacing.EVENT_TIME, factor);
    }

    /**
     * @param text {@code max}, or a positive number such as {@code 1}, {@code 10}, {@code 100}, {@code 2.5}.
     * @return the speed.
     * @throws IllegalArgumentException naming the allowed values when the text is neither.
     */
    public static FeedSpeed parse(final String text)
    {
        final String trimmed = text.strip().toLowerCase(Locale.ROOT);
        if ("max".equals(trimmed))
        {
            return MAX;
        }
        try
        {
            final double factor = Double.parseDouble(trimmed.endsWith("x") ?
                trimmed.substring(0, trimmed.length() - 1) : trimmed);
            if (factor > 0 && factor < Double.POSITIVE_INFINITY)
            {
                return times(factor);
            }
        }
        catch (final NumberFormatException ex)
        {
            throw new IllegalArgumentException(badSpeed(text), ex);
        }
        throw new IllegalArgumentException(badSpeed(text));
    }

    private static String badSpeed(final String text)
    {
        return "speed '" + text + "' is not allowed: give max or a positive factor such as 1, 10 or 100";
    }

    @Override
    public String toString()
    {
        if (FeedPacing.UNPACED == pacing)
        {
            return "max";
        }
        return factor == Math.rint(factor) ? Long.toString((long)factor) + "x" : factor + "x";
    }
}
