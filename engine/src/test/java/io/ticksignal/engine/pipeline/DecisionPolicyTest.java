package io.ticksignal.engine.pipeline;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.config.DecisionConfig;
import io.ticksignal.config.EmitMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionPolicyTest
{
    private static final int HOLD = Direction.HOLD.value();
    private static final int BUY = Direction.BUY.value();
    private static final int SELL = Direction.SELL.value();

    private final Score score = new Score();

    private void propose(final int direction, final double confidence)
    {
        score.clear();
        score.propose(direction, confidence);
        score.probabilityCount(3);
        for (int d = 0; d < 3; d++)
        {
            final double p = d == direction ? confidence : d == HOLD ? 1.0 - confidence : 0.0;
            score.probability(d, p);
            score.directionProbability(d, p);
        }
    }

    private static DecisionPolicy policy(final double minConfidence, final long minHoldEvents, final EmitMode mode)
    {
        return new DecisionPolicy(new DecisionConfig(minConfidence, minHoldEvents, mode), 2);
    }

    @Test
    void shouldHoldWhenConfidenceIsBelowTheMinimumAndReportTheHoldProbability()
    {
        final DecisionPolicy policy = policy(0.75, 0, EmitMode.EVERY_DECISION);
        policy.onEvent(0);
        propose(BUY, 0.7);
        assertTrue(policy.decide(0, score));
        assertEquals(HOLD, score.direction());
        assertEquals(0.3, score.confidence(), 1e-15);

        policy.onEvent(0);
        propose(BUY, 0.75);
        assertTrue(policy.decide(0, score));
        assertEquals(BUY, score.direction());
        assertEquals(0.75, score.confidence());
    }

    @Test
    void shouldKeepADirectionForMinHoldEventsAfterAChange()
    {
        final DecisionPolicy policy = policy(0.5, 3, EmitMode.ON_CHANGE);
        policy.onEvent(0);
        propose(BUY, 0.9);
        assertTrue(policy.decide(0, score), "event 1: HOLD -> BUY");
        for (int event = 2; event <= 4; event++)
        {
            policy.onEvent(0);
            propose(SELL, 0.9);
            assertFalse(policy.decide(0, score), "event " + event + " is within the hold");
            assertEquals(BUY, score.direction());
            assertEquals(0.0, score.confidence(), "the scorer gives BUY no probability now");
        }
        policy.onEvent(0);
        propose(SELL, 0.9);
        assertTrue(policy.decide(0, score), "event 5: 5 - 1 > 3");
        assertEquals(SELL, score.direction());
        assertEquals(SELL, policy.currentDirection(0));
    }

    @Test
    void shouldCountEventsThatAreNotDecisionPointsTowardsTheHold()
    {
        final DecisionPolicy policy = policy(0.5, 3, EmitMode.ON_CHANGE);
        policy.onEvent(0);
        propose(BUY, 0.9);
        policy.decide(0, score);
        policy.onEvent(0);
        policy.onEvent(0);
        policy.onEvent(0);
        policy.onEvent(0);
        propose(SELL, 0.9);
        assertTrue(policy.decide(0, score));
        assertEquals(SELL, score.direction());
    }

    @Test
    void shouldEmitOnlyChangesInOnChangeModeStartingFromHold()
    {
        final DecisionPolicy policy = policy(0.5, 0, EmitMode.ON_CHANGE);
        final int[] proposals = { HOLD, HOLD, BUY, BUY, HOLD, SELL, SELL };
        final boolean[] emitted = { false, false, true, false, true, true, false };
        for (int i = 0; i < proposals.length; i++)
        {
            policy.onEvent(1);
            propose(proposals[i], 0.8);
            assertEquals(emitted[i], policy.decide(1, score), "decision " + i);
            assertEquals(proposals[i], score.direction());
        }
        assertEquals(HOLD, policy.currentDirection(0), "instruments are independent");
    }

    @Test
    void shouldEmitEveryDecisionInEveryDecisionMode()
    {
        final DecisionPolicy policy = policy(0.5, 0, EmitMode.EVERY_DECISION);
        final int[] proposals = { HOLD, HOLD, BUY, BUY, SELL };
        for (int i = 0; i < proposals.length; i++)
        {
            policy.onEvent(0);
            propose(proposals[i], 0.8);
            assertTrue(policy.decide(0, score), "decision " + i);
        }
    }

    @Test
    void shouldHoldWithZeroConfidenceWhileNotWarm()
    {
        final RuleScorer scorer = new RuleScorer(
            TestEngine.DEMO.model().rule().orElseThrow(),
            new FeatureStage(1, FeatureStage.parse(TestEngine.DEMO.features()), 1));
        score.clear();
        scorer.score(0, score);
        assertEquals(HOLD, score.direction());
        assertEquals(0.0, score.confidence());
        assertEquals(0, score.probabilityCount());

        final DecisionPolicy policy = policy(0.5, 0, EmitMode.EVERY_DECISION);
        policy.onEvent(0);
        assertTrue(policy.decide(0, score));
        assertEquals(HOLD, score.direction());
        assertEquals(0.0, score.confidence());
    }

    @Test
    void shouldExpireABuyThatNoDecisionConfirmsWithinTheExpiryEvents()
    {
        final DecisionPolicy policy = new DecisionPolicy(new DecisionConfig(0.5, 0, EmitMode.ON_CHANGE, 3), 2);
        policy.onEvent(0);
        propose(BUY, 0.9);
        assertTrue(policy.decide(0, score), "event 1: HOLD -> BUY");
        for (int event = 2; event <= 4; event++)
        {
            policy.onEvent(0);
            assertFalse(policy.expire(0), "event " + event + ": " + (event - 1) + " events since the BUY, not more than 3");
        }
        policy.onEvent(0);
        assertTrue(policy.expire(0), "event 5: 4 events without a confirming decision");
        assertEquals(HOLD, policy.currentDirection(0));
        policy.onEvent(0);
        assertFalse(policy.expire(0), "a HOLD never expires");
        assertEquals(HOLD, policy.currentDirection(1), "the other instrument is untouched");
    }

    @Test
    void shouldRestartTheExpiryWhenADecisionConfirmsTheDirection()
    {
        final DecisionPolicy policy = new DecisionPolicy(new DecisionConfig(0.5, 0, EmitMode.ON_CHANGE, 2), 2);
        policy.onEvent(0);
        propose(SELL, 0.8);
        assertTrue(policy.decide(0, score));
        policy.onEvent(0);
        assertFalse(policy.expire(0));
        policy.onEvent(0);
        propose(SELL, 0.7);
        assertFalse(policy.decide(0, score), "event 3 confirms SELL (ON_CHANGE: nothing to emit)");
        policy.onEvent(0);
        assertFalse(policy.expire(0), "event 4: 1 event since the confirmation");
        policy.onEvent(0);
        assertFalse(policy.expire(0), "event 5: 2 events since the confirmation");
        policy.onEvent(0);
        assertTrue(policy.expire(0), "event 6: 3 events since the confirmation");
        assertEquals(HOLD, policy.currentDirection(0));
    }

    @Test
    void shouldNeverExpireWhenExpiryIsZero()
    {
        final DecisionPolicy policy = policy(0.5, 0, EmitMode.ON_CHANGE);
        policy.onEvent(0);
        propose(BUY, 0.9);
        assertTrue(policy.decide(0, score));
        for (int event = 2; event <= 10_000; event++)
        {
            policy.onEvent(0);
            assertFalse(policy.expire(0));
        }
        assertEquals(BUY, policy.currentDirection(0));
    }
}
