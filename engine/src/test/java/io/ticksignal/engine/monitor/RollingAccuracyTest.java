package io.ticksignal.engine.monitor;

import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.model.LabelSpec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollingAccuracyTest
{
    private static final int DOWN = 0;
    private static final int UP = 1;

    @Test
    void shouldScoreEachPredictionAgainstTheCloseHorizonBarsLaterAndNothingBefore()
    {
        // H = 2 bars, 2 classes, threshold 0: UP when close[t+2] / close[t] - 1 > 0.
        final RollingAccuracy accuracy = new RollingAccuracy(new LabelSpec(2, Timeframe.ONE_MINUTE, 2, 0.0), 1, 3);
        // bar 0 closes at 100 before any prediction: unscored when it matures.
        assertFalse(accuracy.onBarClose(0, 100.0));
        accuracy.onPrediction(0, UP);
        assertFalse(accuracy.onBarClose(0, 101.0), "bar 1: nothing matured yet (needs bar 2)");
        assertEquals(0, accuracy.maturedLabels());
        accuracy.onPrediction(0, DOWN);
        // bar 2 closes at 99: matures bar 0 (no prediction: unscored).
        assertFalse(accuracy.onBarClose(0, 99.0));
        assertEquals(1, accuracy.maturedLabels());
        assertEquals(1, accuracy.unscoredLabels());
        assertTrue(Double.isNaN(accuracy.accuracy()));
        // bar 3 closes at 103: matures bar 1 (predicted UP, 103/101 - 1 > 0: UP) -> correct. 1/1.
        assertTrue(accuracy.onBarClose(0, 103.0));
        assertEquals(1.0, accuracy.accuracy(), 0.0);
        accuracy.onPrediction(0, UP);
        // bar 4 closes at 98: matures bar 2 (predicted DOWN, 98/99 - 1 < 0: DOWN) -> correct. 2/2.
        assertTrue(accuracy.onBarClose(0, 98.0));
        assertEquals(1.0, accuracy.accuracy(), 0.0);
        // bar 5 closes at 103: matures bar 3. Its prediction is the latest at its close: DOWN (the UP came after).
        // 103/103 - 1 = 0, not > 0: DOWN -> correct. 3/3.
        assertTrue(accuracy.onBarClose(0, 103.0));
        assertEquals(1.0, accuracy.accuracy(), 0.0);
        assertEquals(3, accuracy.labelsInWindow());
        // bar 6 closes at 90: matures bar 4 (predicted UP, 90/98 - 1 < 0: DOWN) -> wrong. The window of 3 drops
        // bar 1's outcome: (correct, correct, wrong) = 2/3 (3/4 = 0.75 had it kept all four).
        assertTrue(accuracy.onBarClose(0, 90.0));
        assertEquals(2.0 / 3.0, accuracy.accuracy(), 0.0);
        assertEquals(3, accuracy.labelsInWindow());
        assertEquals(2, accuracy.correctInWindow());
        assertEquals(5, accuracy.maturedLabels());
        assertEquals(7, accuracy.barCount(0));
    }

    @Test
    void shouldNotScoreTheOldModelsPredictionAfterASwap()
    {
        // H = 1. A prediction, then a swap forgets it: the bar closing after the swap has no prediction, so the
        // label it makes mature later is unscored rather than scored against the old model.
        final RollingAccuracy accuracy = new RollingAccuracy(new LabelSpec(1, Timeframe.ONE_MINUTE, 2, 0.0), 1, 10);
        accuracy.onPrediction(0, UP);
        assertFalse(accuracy.onBarClose(0, 100.0));
        accuracy.forgetLatestPredictions();
        assertTrue(accuracy.onBarClose(0, 101.0), "bar 0 (predicted UP before the swap) is still scored: correct");
        assertFalse(accuracy.onBarClose(0, 102.0), "bar 1 closed after the swap with no new prediction: unscored");
        assertEquals(1, accuracy.unscoredLabels());
        assertEquals(1.0, accuracy.accuracy(), 0.0);
    }

    @Test
    void shouldUseTheThreeClassThresholds()
    {
        // H = 1, 3 classes, threshold 0.01: DOWN below -1%, UP above +1%, else FLAT.
        final RollingAccuracy accuracy = new RollingAccuracy(new LabelSpec(1, Timeframe.ONE_MINUTE, 3, 0.01), 2, 10);
        accuracy.onPrediction(1, 1);
        accuracy.onBarClose(1, 100.0);
        accuracy.onBarClose(1, 100.5);          // +0.5%: FLAT; predicted FLAT: correct
        accuracy.onPrediction(1, 2);
        accuracy.onBarClose(1, 102.0);          // +1.49%: UP; the prediction at bar 1 was FLAT: wrong
        accuracy.onBarClose(1, 100.0);          // -1.96%: DOWN; predicted UP: wrong
        // instrument 0 matures separately: its first close matures nothing.
        assertFalse(accuracy.onBarClose(0, 50.0));
        assertEquals(3, accuracy.labelsInWindow());
        assertEquals(1.0 / 3.0, accuracy.accuracy(), 0.0);
    }
}
