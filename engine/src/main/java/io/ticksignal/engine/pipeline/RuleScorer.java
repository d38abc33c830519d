package io.ticksignal.engine.pipeline;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.config.RuleConfig;
import io.ticksignal.engine.feature.timeline.FeatureColumn;

/**
 * The built-in rule as a {@link Scorer}, reading the value {@code v} of the rule's feature (the
 * {@link FeatureStage}'s decision column). With {@code band = buyAbove - sellBelow} (&gt;= 0):
 * <ul>
 *     <li>{@code v} is NaN (the feature is not warm): HOLD, confidence 0, no probabilities;</li>
 *     <li>{@code v > buyAbove}: BUY with confidence {@code c = 0.5 + 0.5 * min(1, (v - buyAbove) / band)}
 *     (1 when band is 0): 0.5 just past the threshold, 1 once the value is a whole band beyond it;</li>
 *     <li>{@code v < sellBelow}: SELL with {@code c = 0.5 + 0.5 * min(1, (sellBelow - v) / band)};</li>
 *     <li>otherwise HOLD with {@code c = 0.5 + d / band}, {@code d} the distance to the nearer threshold
 *     (1 at the middle of the band, 0.5 at a threshold; 0.5 when band is 0), so confidence is continuous across
 *     the thresholds.</li>
 * </ul>
 * Probabilities, labels {@code HOLD, BUY, SELL} in {@code Direction} value order: the proposed direction gets
 * {@code c}; the rest {@code 1 - c} goes to HOLD for a BUY or SELL, and to the nearer side (BUY on a tie) for a
 * HOLD; the third gets 0. They sum to 1, and each is that direction's probability for the policy.
 * <p>
 * Model id {@code rule:<feature>} (e.g. {@code rule:rsi(14)}), version 0. Single-threaded; no allocation per call.
 */
public final class RuleScorer implements Scorer
{
    private static final int HOLD = Direction.HOLD.value();
    private static final int BUY = Direction.BUY.value();
    private static final int SELL = Direction.SELL.value();
    private static final String[] LABELS = { "HOLD", "BUY", "SELL" };

    private final FeatureStage features;
    private final double buyAbove;
    private final double sellBelow;
    private final double band;
    private final String modelId;

    /**
     * @param rule     the rule.
     * @param features the feature stage, built with the rule's feature as its decision feature.
     * @throws IllegalArgumentException when the stage has no decision feature or sellBelow &gt; buyAbove.
     */
    public RuleScorer(final RuleConfig rule, final FeatureStage features)
    {
        if (features.decisionFeatureIndex() == FeatureStage.NO_DECISION_FEATURE)
        {
            throw new IllegalArgumentException("the rule needs the feature stage to mark " + rule.feature());
        }
        if (!(rule.sellBelow() <= rule.buyAbove()))
        {
            throw new IllegalArgumentException("model.rule.sellBelow " + rule.sellBelow() +
                " must be at most model.rule.buyAbove " + rule.buyAbove());
        }
        this.features = features;
        this.buyAbove = rule.buyAbove();
        this.sellBelow = rule.sellBelow();
        this.band = buyAbove - sellBelow;
        this.modelId = "rule:" + rule.feature().expression();
    }

    @Override
    public String modelId()
    {
        return modelId;
    }

    @Override
    public long modelVersion()
    {
        return 0L;
    }

    @Override
    public int labelCount()
    {
        return LABELS.length;
    }

    @Override
    public String label(final int index)
    {
        return LABELS[index];
    }

    @Override
    public void score(final int instrumentIndex, final Score score)
    {
        final FeatureColumn column = features.decisionColumn(instrumentIndex);
        score(column.value(), score);
    }

    /**
     * Score a value of the rule's feature (see the class comment). Allocation: none.
     *
     * @param value the feature's value, NaN when not warm.
     * @param score a cleared holder to fill.
     */
    public void score(final double value, final Score score)
    {
        if (Double.isNaN(value))
        {
            score.propose(HOLD, 0.0);
            return;
        }
        final int direction;
        final int remainderTo;
        final double confidence;
        if (value > buyAbove)
        {
            direction = BUY;
            remainderTo = HOLD;
            confidence = beyond(value - buyAbove);
        }
        else if (value < sellBelow)
        {
            direction = SELL;
            remainderTo = HOLD;
            confidence = beyond(sellBelow - value);
        }
        else
        {
            direction = HOLD;
            final double toBuy = buyAbove - value;
            final double toSell = value - sellBelow;
            remainderTo = toSell < toBuy ? SELL : BUY;
            confidence = band > 0.0 ? 0.5 + Math.min(toBuy, toSell) / band : 0.5;
        }
        score.propose(direction, confidence);
        score.probabilityCount(LABELS.length);
        for (int i = 0; i < LABELS.length; i++)
        {
            final double probability = i == direction ? confidence : i == remainderTo ? 1.0 - confidence : 0.0;
            score.probability(i, probability);
            score.directionProbability(i, probability);
        }
    }

    private double beyond(final double distance)
    {
        return band > 0.0 ? 0.5 + 0.5 * Math.min(1.0, distance / band) : 1.0;
    }
}
