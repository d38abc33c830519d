package io.ticksignal.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * Gradient boosting on hand examples: the first tree's split and Newton leaf values, float32 thresholds and
 * comparisons, tie-breaking, the three-class layout, and the error when nothing can be learnt.
 */
final class GbdtTrainerTest
{
    @Test
    void shouldGrowTheHandComputedFirstTree()
    {
        // base = ln(2/2) = 0, p = 0.5: g = p - y = [0.5, 0.5, -0.5, -0.5], h = 0.25; the best split is between 2
        // and 3 (threshold 2.5); leaves -G/H = -1/0.5 = -2 and +2 (learning rate 1, no leaf penalty).
        final double[][] x = {{1.0}, {2.0}, {3.0}, {4.0}};
        final int[] y = {0, 0, 1, 1};
        final GbdtModel model = new GbdtTrainer(1, 1, 1.0, 1, 0.0).fit(x, y, ones(4), new RowRange(0, 4), 2,
            round -> { });
        assertArrayEquals(new float[] {0.0f}, model.baseValues());
        final GbdtModel.Tree tree = model.trees().get(0);
        assertArrayEquals(new int[] {0, GbdtModel.LEAF, GbdtModel.LEAF}, tree.feature());
        assertEquals(2.5f, tree.threshold()[0]);
        assertArrayEquals(new float[] {0.0f, -2.0f, 2.0f}, tree.value());
        assertEquals(1.0 / (1.0 + Math.exp(2.0)), model.predictUp(new double[] {1.0}), 1e-15);
        assertEquals(1.0 / (1.0 + Math.exp(-2.0)), model.predictUp(new double[] {2.6}), 1e-15);
    }

    @Test
    void shouldApplyLearningRateAndLeafPenalty()
    {
        // Same data, learning rate 0.5, leaf L2 1: leaf = -0.5 * G / (H + 1) = -0.5 * 1 / 1.5.
        final double[][] x = {{1.0}, {2.0}, {3.0}, {4.0}};
        final GbdtModel model = new GbdtTrainer(1, 1, 0.5, 1, 1.0).fit(x, new int[] {0, 0, 1, 1}, ones(4),
            new RowRange(0, 4), 2, round -> { });
        assertEquals((float)(-0.5 / 1.5), model.trees().get(0).value()[1]);
        assertEquals((float)(0.5 / 1.5), model.trees().get(0).value()[2]);
    }

    @Test
    void shouldPlaceThresholdsOnFloat32ValuesBetweenNeighbours()
    {
        assertEquals(2.0f, GbdtTrainer.threshold(1.0f, 3.0f));
        final float next = Math.nextUp(1.0f);
        assertEquals(1.0f, GbdtTrainer.threshold(1.0f, next), "no float lies strictly between; take the lower");
        assertTrue(1.0f <= GbdtTrainer.threshold(1.0f, next) && GbdtTrainer.threshold(1.0f, next) < next);
    }

    @Test
    void shouldNotSplitValuesThatAreEqualInFloat32()
    {
        // 1.0 and 1.00000001 are the same float32: the only possible split is between them and 5.
        final double[][] x = {{1.0}, {1.00000001}, {5.0}, {5.0}};
        final GbdtModel model = new GbdtTrainer(1, 1, 1.0, 1, 0.0).fit(x, new int[] {0, 1, 1, 1}, ones(4),
            new RowRange(0, 4), 2, round -> { });
        assertEquals(3.0f, model.trees().get(0).threshold()[0]);
        assertEquals(model.predictUp(x[0]), model.predictUp(x[1]), 0.0);
    }

    @Test
    void shouldBreakGainTiesByLowerFeatureIndex()
    {
        final double[][] x = {{1.0, 1.0}, {2.0, 2.0}, {3.0, 3.0}, {4.0, 4.0}};
        final GbdtModel model = new GbdtTrainer(1, 1, 1.0, 1, 0.0).fit(x, new int[] {0, 0, 1, 1}, ones(4),
            new RowRange(0, 4), 2, round -> { });
        assertEquals(0, model.trees().get(0).feature()[0]);
    }

    @Test
    void shouldGrowOneTreePerClassPerRoundFromTheLogPriors()
    {
        final double[][] x = new double[12][1];
        final int[] y = new int[12];
        for (int i = 0; i < 12; i++)
        {
            x[i][0] = i;
            y[i] = i < 6 ? 0 : i < 9 ? 1 : 2;
        }
        final GbdtModel model = new GbdtTrainer(4, 2, 0.3, 1, 1.0).fit(x, y, ones(12), new RowRange(0, 12), 3,
            round -> { });
        assertEquals(12, model.trees().size());
        assertArrayEquals(new float[] {(float)Math.log(0.5), (float)Math.log(0.25), (float)Math.log(0.25)},
            model.baseValues());
        for (int t = 0; t < 12; t++)
        {
            assertEquals(t % 3, model.trees().get(t).targetClass());
        }
        final double[] p = new double[3];
        model.predict(new double[] {0.0}, p);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
        assertTrue(p[0] > 0.5, Arrays.toString(p));
        model.predict(new double[] {11.0}, p);
        assertTrue(p[2] > p[0] && p[2] > p[1], Arrays.toString(p));
    }

    @Test
    void shouldRefuseAModelThatLearntNothing()
    {
        final double[][] x = {{1.0}, {2.0}, {3.0}, {4.0}};
        final TrainingException error = assertThrows(TrainingException.class, () -> new GbdtTrainer(3, 2, 0.1, 3,
            1.0).fit(x, new int[] {0, 1, 0, 1}, ones(4), new RowRange(0, 4), 2, round -> { }));
        assertTrue(error.getMessage().contains("lower --min-leaf"), error.getMessage());
    }

    private static double[] ones(final int n)
    {
        final double[] weights = new double[n];
        Arrays.fill(weights, 1.0);
        return weights;
    }
}
