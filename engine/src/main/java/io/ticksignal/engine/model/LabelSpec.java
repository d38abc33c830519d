package io.ticksignal.engine.model;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.ticksignal.config.Timeframe;

/**
 * What a model was trained to predict ({@code label:} in {@code model.yaml}): the forward return
 * {@code close[t + horizon] / close[t] - 1} of {@code timeframe} bars, as classes.
 * <ul>
 *     <li>2 classes: {@code UP} when the return is above {@code threshold}, else {@code DOWN};</li>
 *     <li>3 classes: {@code DOWN} below {@code -threshold}, {@code UP} above {@code +threshold}, else {@code FLAT}.</li>
 * </ul>
 * The engine uses it to score its own predictions once their labels mature (rolling accuracy).
 *
 * @param horizonBars bars ahead, at least 1.
 * @param timeframe   the bars' timeframe.
 * @param classes     2 or 3.
 * @param threshold   the class threshold on the forward return (a fraction, 0.001 = 0.1%), at least 0.
 */
public record LabelSpec(int horizonBars, Timeframe timeframe, int classes, double threshold)
{
    /** Label index of DOWN (both class counts). */
    public static final int DOWN = 0;

    private static final Pattern SHAPE = Pattern.compile("fwd_return\\(\\s*([^)]*?)\\s*\\)@(\\S+)");
    private static final String EXAMPLE = "write fwd_return(H)@TF with H >= 1 bars, e.g. fwd_return(5)@1m";

    /**
     * The one parser of label expressions (datasets, training, {@code model.yaml}).
     *
     * @param expression {@code fwd_return(H)@TF}, H at least 1, TF a bar timeframe (not {@code tick}).
     * @param classes    2 or 3.
     * @param threshold  the class threshold, a finite return at least 0.
     * @return the label.
     * @throws IllegalArgumentException naming the expression, what is wrong and the accepted form.
     */
    public static LabelSpec parse(final String expression, final int classes, final double threshold)
    {
        final Matcher matcher = SHAPE.matcher(expression.strip());
        if (!matcher.matches())
        {
            throw new IllegalArgumentException("'" + expression + "' is not a label: " + EXAMPLE);
        }
        final String horizonText = matcher.group(1);
        final int horizon;
        try
        {
            horizon = Integer.parseInt(horizonText);
        }
        catch (final NumberFormatException ex)
        {
            throw new IllegalArgumentException("'" + expression + "': the horizon '" + horizonText +
                "' is not a whole number of bars; " + EXAMPLE, ex);
        }
        if (horizon < 1)
        {
            throw new IllegalArgumentException("'" + expression + "': the horizon must be at least 1 bar, not " +
                horizon + "; " + EXAMPLE);
        }
        final Timeframe timeframe = Timeframe.fromConfigName(matcher.group(2));
        if (timeframe == null || timeframe == Timeframe.TICK)
        {
            throw new IllegalArgumentException("'" + expression + "': '" + matcher.group(2) +
                "' is not a bar timeframe; allowed: " + Arrays.stream(Timeframe.values())
                .filter(t -> t != Timeframe.TICK).map(Timeframe::configName).collect(Collectors.joining(", ")) +
                ", e.g. fwd_return(" + horizon + ")@1m");
        }
        if (classes != 2 && classes != 3)
        {
            throw new IllegalArgumentException(classes + " classes are not allowed: 2 (DOWN, UP) or 3 (DOWN, FLAT, UP)");
        }
        if (!(threshold >= 0.0) || Double.isInfinite(threshold))
        {
            throw new IllegalArgumentException("threshold " + threshold + " is not allowed: a finite return >= 0 " +
                "(a fraction, 0.001 = 0.1%)");
        }
        return new LabelSpec(horizon, timeframe, classes, threshold);
    }

    /**
     * @return the label expression, {@code fwd_return(H)@TF}.
     */
    public String expression()
    {
        return "fwd_return(" + horizonBars + ")@" + timeframe.configName();
    }

    /**
     * The class of a realised forward return, in output order ({@code DOWN, UP} or {@code DOWN, FLAT, UP}).
     *
     * @param forwardReturn {@code close[t + horizon] / close[t] - 1}.
     * @return the class index.
     */
    public int classOf(final double forwardReturn)
    {
        if (classes == 2)
        {
            return forwardReturn > threshold ? 1 : DOWN;
        }
        if (forwardReturn > threshold)
        {
            return 2;
        }
        return forwardReturn < -threshold ? DOWN : 1;
    }
}
