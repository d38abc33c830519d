package io.ticksignal.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine's class probabilities equal the producer's (scikit-learn's predict_proba, written by make_models.py)
 * within 1e-5 on every committed row, for each bundle scored with its own scorer kind.
 */
final class ProducerAgreementTest
{
    private static final double TOLERANCE = 1e-5;

    @ParameterizedTest
    @ValueSource(strings = {"logistic_binary", "softmax_3class", "gbdt_binary", "mlp_binary", "ensemble_binary",
        "logistic32", "gbdt100"})
    void shouldMatchProducerProbabilities(final String name)
    {
        final ModelBundle bundle = ModelBundle.load(ModelTestData.bundle(name));
        final double[][] inputs = ModelTestData.inputs(name);
        final double[][] expected = ModelTestData.expected(name);
        assertEquals(200, inputs.length);
        try (BundleScorer scorer = bundle.openScorer())
        {
            final double[] probabilities = new double[scorer.outputWidth()];
            assertEquals(expected[0].length, probabilities.length);
            double worst = 0.0;
            for (int row = 0; row < inputs.length; row++)
            {
                scorer.score(inputs[row], probabilities);
                for (int k = 0; k < probabilities.length; k++)
                {
                    worst = Math.max(worst, Math.abs(probabilities[k] - expected[row][k]));
                    assertEquals(expected[row][k], probabilities[k], TOLERANCE, name + " row " + row + " class " + k);
                }
            }
            assertTrue(worst < TOLERANCE, name + " worst difference " + worst);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"logistic_binary", "softmax_3class", "logistic32"})
    void shouldMatchProducerWithBuiltInLogistic(final String name)
    {
        final ModelBundle bundle = ModelBundle.load(ModelTestData.bundle(name));
        final double[][] inputs = ModelTestData.inputs(name);
        final double[][] expected = ModelTestData.expected(name);
        try (BundleScorer scorer = bundle.openScorer(ScorerKind.LOGISTIC))
        {
            final double[] probabilities = new double[scorer.outputWidth()];
            for (int row = 0; row < inputs.length; row++)
            {
                scorer.score(inputs[row], probabilities);
                for (int k = 0; k < probabilities.length; k++)
                {
                    assertEquals(expected[row][k], probabilities[k], TOLERANCE, name + " row " + row);
                }
            }
        }
    }
}
