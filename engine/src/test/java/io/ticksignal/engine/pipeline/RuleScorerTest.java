package io.ticksignal.engine.pipeline;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.config.FeatureExpression;
import io.ticksignal.config.RuleConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RuleScorerTest
{
    private final RuleScorer scorer = new RuleScorer(new RuleConfig(FeatureExpression.parse("rsi(14)"), 60, 40),
        new FeatureStage(1, FeatureStage.parse(TestEngine.DEMO.features()), 1));
    private final Score score = new Score();

    private void assertScore(
        final double value, final Direction direction, final double confidence, final double hold, final double buy,
        final double sell)
    {
        score.clear();
        scorer.score(value, score);
        assertEquals(direction.value(), score.direction(), "direction at " + value);
        assertEquals(confidence, score.confidence(), 1e-15, "confidence at " + value);
        assertEquals(3, score.probabilityCount());
        assertEquals(hold, score.probability(0), 1e-15, "HOLD at " + value);
        assertEquals(buy, score.probability(1), 1e-15, "BUY at " + value);
        assertEquals(sell, score.probability(2), 1e-15, "SELL at " + value);
    }

    @Test
    void shouldScaleConfidenceWithTheDistanceBeyondTheThresholdRelativeToTheBand()
    {
        // band = 60 - 40 = 20
        assertScore(65, Direction.BUY, 0.625, 0.375, 0.625, 0.0);
        assertScore(80, Direction.BUY, 1.0, 0.0, 1.0, 0.0);
        assertScore(95, Direction.BUY, 1.0, 0.0, 1.0, 0.0);
        assertScore(30, Direction.SELL, 0.75, 0.25, 0.0, 0.75);
        assertScore(50, Direction.HOLD, 1.0, 1.0, 0.0, 0.0);
        assertScore(45, Direction.HOLD, 0.75, 0.75, 0.0, 0.25);
        assertScore(58, Direction.HOLD, 0.6, 0.6, 0.4, 0.0);
        assertScore(60, Direction.HOLD, 0.5, 0.5, 0.5, 0.0);
    }

    @Test
    void shouldNameItselfAfterTheFeature()
    {
        assertEquals("rule:rsi(14)", scorer.modelId());
        assertEquals(0, scorer.modelVersion());
        assertEquals("HOLD", scorer.label(Direction.HOLD.value()));
        assertEquals("BUY", scorer.label(Direction.BUY.value()));
        assertEquals("SELL", scorer.label(Direction.SELL.value()));
    }
}
