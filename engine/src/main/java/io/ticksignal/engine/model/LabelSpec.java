package io.ticksignal.engine.model;

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
