package io.ticksignal.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in scorers give ONNX Runtime's outputs within 1e-6 on the same rows: the committed rows plus 2,000
 * seeded random rows per model.
 */
final class BuiltInVersusOnnxTest
{
    private static final double TOLERANCE = 1e-6;

    @ParameterizedTest
    @CsvSource({"logistic_binary, LOGISTIC", "softmax_3class, LOGISTIC", "logistic32, LOGISTIC",
        "gbdt_binary, TREE_ENSEMBLE", "gbdt100, TREE_ENSEMBLE"})
    void shouldMatchOnnxRuntime(final String name, final ScorerKind builtIn)
    {
        final ModelBundle bundle = ModelBundle.load(ModelTestData.bundle(name));
        try (ModelScorer onnx = bundle.openRawScorer(ScorerKind.ONNX);
            ModelScorer java = bundle.openRawScorer(builtIn))
        {
            assertEquals(onnx.inputWidth(), java.inputWidth());
            compare(name, onnx, java, ModelTestData.inputs(name));
            compare(name, onnx, java, ModelTestData.randomRows(2000, onnx.inputWidth(), name.hashCode()));
        }
    }

    private static void compare(final String name, final ModelScorer onnx, final ModelScorer java,
        final double[][] rows)
    {
        final double[] expected = new double[onnx.outputWidth()];
        final double[] actual = new double[java.outputWidth()];
        assertEquals(expected.length, actual.length, name + " output widths");
        for (int row = 0; row < rows.length; row++)
        {
            onnx.score(rows[row], expected);
            java.score(rows[row], actual);
            for (int k = 0; k < expected.length; k++)
            {
                assertEquals(expected[k], actual[k], TOLERANCE, name + " row " + row + " output " + k);
            }
        }
    }
}
