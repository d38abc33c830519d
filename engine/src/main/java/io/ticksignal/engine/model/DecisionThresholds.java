package io.ticksignal.engine.model;

import java.util.Arrays;

/**
 * The bundle's decision thresholds ({@code thresholds:} in {@code model.yaml}): which class, if any, the
 * probabilities are strong enough to propose. For {@link OutputMeaning#BINARY} bundles: UP (class 1) when
 * {@code P(up) > buyAbove}, DOWN (class 0) when {@code P(up) < sellBelow}, else none. For class-probability bundles:
 * the most probable class among those whose probability is at least its {@code minProbability} (classes without a
 * minimum, e.g. FLAT, are never proposed), else none. Mapping a class to a trading direction is the decision policy's
 * job. Immutable; {@link #propose} allocates nothing.
 */
public final class DecisionThresholds
{
    /** {@link #propose} result when no class clears its threshold. */
    public static final int NO_CLASS = -1;

    private final ThresholdRule rule;
    private final double buyAbove;
    private final double sellBelow;
    private final double[] minProbability;

    private DecisionThresholds(
        final ThresholdRule rule, final double buyAbove, final double sellBelow, final double[] minProbability)
    {
        this.rule = rule;
        this.buyAbove = buyAbove;
        this.sellBelow = sellBelow;
        this.minProbability = minProbability;
    }

    /**
     * @param buyAbove  propose UP when P(up) is above this, in [0, 1].
     * @param sellBelow propose DOWN when P(up) is below this, in [0, buyAbove].
     * @return binary thresholds.
     */
    public static DecisionThresholds binary(final double buyAbove, final double sellBelow)
    {
        return new DecisionThresholds(ThresholdRule.UP_PROBABILITY, buyAbove, sellBelow, new double[0]);
    }

    /**
     * @param minProbability per class in label order, NaN for a class that is never proposed; copied.
     * @return per-class thresholds.
     */
    public static DecisionThresholds perClass(final double[] minProbability)
    {
        return new DecisionThresholds(ThresholdRule.CLASS_MINIMUM, Double.NaN, Double.NaN, minProbability.clone());
    }

    /**
     * @return which rule applies.
     */
    public ThresholdRule rule()
    {
        return rule;
    }

    /**
     * @return the binary buy threshold on P(up); NaN for per-class thresholds.
     */
    public double buyAbove()
    {
        return buyAbove;
    }

    /**
     * @return the binary sell threshold on P(up); NaN for per-class thresholds.
     */
    public double sellBelow()
    {
        return sellBelow;
    }

    /**
     * @param classIndex class index in label order.
     * @return its minimum probability, NaN when it is never proposed (or for binary thresholds).
     */
    public double minProbability(final int classIndex)
    {
        return classIndex < minProbability.length ? minProbability[classIndex] : Double.NaN;
    }

    /**
     * @param classProbabilities the bundle scorer's output, in label order.
     * @return the proposed class index, or {@link #NO_CLASS}.
     */
    public int propose(final double[] classProbabilities)
    {
        if (rule == ThresholdRule.UP_PROBABILITY)
        {
            final double up = classProbabilities[1];
            return up > buyAbove ? 1 : up < sellBelow ? 0 : NO_CLASS;
        }
        int best = NO_CLASS;
        for (int k = 0; k < minProbability.length; k++)
        {
            final double p = classProbabilities[k];
            if (p >= minProbability[k] && (best == NO_CLASS || p > classProbabilities[best]))
            {
                best = k;
            }
        }
        return best;
    }

    @Override
    public String toString()
    {
        return rule == ThresholdRule.UP_PROBABILITY ? "buyAbove=" + buyAbove + ", sellBelow=" + sellBelow
            : "minProbability=" + Arrays.toString(minProbability);
    }

    /**
     * Which threshold rule a bundle uses.
     */
    public enum ThresholdRule
    {
        /** Binary: {@code buyAbove} and {@code sellBelow} on P(up). */
        UP_PROBABILITY,
        /** Class probabilities: a minimum probability per class. */
        CLASS_MINIMUM
    }
}
