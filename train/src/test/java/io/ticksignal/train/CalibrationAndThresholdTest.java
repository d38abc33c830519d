package io.ticksignal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.ticksignal.engine.model.DecisionThresholds;
import io.ticksignal.engine.model.calibration.PlattCalibration;

/**
 * Platt calibration against its closed form on two score values, and the thresholds' row shares.
 */
final class CalibrationAndThresholdTest
{
    @Test
    void shouldFitPlattToTheClosedFormOfTwoScoreValues()
    {
        // Scores 0.2 (3 up, 7 down) and 0.8 (6 up, 4 down). With two values the fit is saturated: each score maps
        // to the mean smoothed target of its rows, t+ = (9 + 1) / (9 + 2), t- = 1 / (11 + 2).
        final double[] scores = new double[20];
        final int[] outcomes = new int[20];
        for (int i = 0; i < 20; i++)
        {
            scores[i] = i < 10 ? 0.2 : 0.8;
            outcomes[i] = i < 10 ? (i < 3 ? 1 : 0) : (i < 16 ? 1 : 0);
        }
        final PlattCalibration platt = PlattFitter.fit(scores, outcomes);
        final double high = 10.0 / 11.0;
        final double low = 1.0 / 13.0;
        final double q1 = (3 * high + 7 * low) / 10;
        final double q2 = (6 * high + 4 * low) / 10;
        final double l1 = Math.log(q1 / (1 - q1));
        final double l2 = Math.log(q2 / (1 - q2));
        final double a = (l2 - l1) / 0.6;
        assertEquals(a, platt.a(), 1e-9);
        assertEquals(l1 - a * 0.2, platt.b(), 1e-9);
        assertEquals(q1, platt.apply(0.2), 1e-12);
    }

    @Test
    void shouldRefuseToCalibrateConstantScores()
    {
        final TrainingException error = assertThrows(TrainingException.class,
            () -> PlattFitter.fit(new double[] {0.5, 0.5, 0.5}, new int[] {0, 1, 1}));
        assertTrue(error.getMessage().contains("same P(up)"), error.getMessage());
    }

    @Test
    void shouldLetTheStatedShareOfRowsSignal()
    {
        // 10 rows, share 0.4: 2 rows above buyAbove and 2 below sellBelow.
        final double[] up = {0.31, 0.72, 0.55, 0.48, 0.66, 0.12, 0.59, 0.41, 0.83, 0.50};
        final double[][] probabilities = new double[10][];
        for (int i = 0; i < 10; i++)
        {
            probabilities[i] = new double[] {1 - up[i], up[i]};
        }
        final DecisionThresholds thresholds = ThresholdChooser.choose(probabilities, 0.4);
        assertEquals(0.66, thresholds.buyAbove(), 0.0);
        assertEquals(0.41, thresholds.sellBelow(), 0.0);
        int buys = 0;
        int sells = 0;
        for (final double[] row : probabilities)
        {
            final int proposed = thresholds.propose(row);
            buys += proposed == 1 ? 1 : 0;
            sells += proposed == 0 ? 1 : 0;
        }
        assertEquals(2, buys);
        assertEquals(2, sells);
    }

    @Test
    void shouldSetPerClassMinimaForThreeClasses()
    {
        final double[][] probabilities = {
            {0.6, 0.3, 0.1}, {0.2, 0.5, 0.3}, {0.1, 0.2, 0.7}, {0.3, 0.4, 0.3},
            {0.5, 0.2, 0.3}, {0.2, 0.2, 0.6}, {0.3, 0.6, 0.1}, {0.25, 0.5, 0.25}};
        final DecisionThresholds thresholds = ThresholdChooser.choose(probabilities, 0.5);
        // 8 rows, share 0.5: 2 per side; DOWN's two highest are 0.6 and 0.5, UP's 0.7 and 0.6.
        assertEquals(0.5, thresholds.minProbability(0), 0.0);
        assertTrue(Double.isNaN(thresholds.minProbability(1)));
        assertEquals(0.6, thresholds.minProbability(2), 0.0);
        assertEquals(0, thresholds.propose(probabilities[0]));
        assertEquals(2, thresholds.propose(probabilities[2]));
        assertEquals(DecisionThresholds.NO_CLASS, thresholds.propose(probabilities[1]));
    }
}
