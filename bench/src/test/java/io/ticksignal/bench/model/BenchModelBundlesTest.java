package io.ticksignal.bench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.ticksignal.engine.model.ModelBundle;
import io.ticksignal.engine.model.ModelScorer;
import io.ticksignal.engine.model.ScorerKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundles {@link ModelScoringBenchmark} adds for the comparison (a 100-tree depth-6 GBDT over 32
 * features, a 32-32-1 MLP; made by engine/src/test/onnx/make_models.py) score every committed row as their producer,
 * scikit-learn, did: so the benchmark times a correct model, built-in and ONNX Runtime alike.
 */
final class BenchModelBundlesTest
{
    private static final Path MODELS = Path.of("..", "engine", "src", "test", "resources", "models");

    @ParameterizedTest
    @CsvSource({ "gbdt100d6, TREE_ENSEMBLE, 32", "gbdt100d6, ONNX, 32", "mlp32, ONNX, 32" })
    void shouldScoreLikeTheProducer(final String name, final ScorerKind kind, final int width) throws IOException
    {
        final Path directory = MODELS.resolve(name);
        final List<String> inputs = Files.readAllLines(directory.resolve("inputs.csv"));
        final List<String> expected = Files.readAllLines(directory.resolve("expected.csv"));
        assertEquals(201, inputs.size());
        assertEquals(width, inputs.get(0).split(",").length);
        try (ModelScorer scorer = ModelBundle.load(directory).openRawScorer(kind))
        {
            assertEquals(2, scorer.outputWidth());
            final double[] output = new double[2];
            for (int i = 1; i < inputs.size(); i++)
            {
                final String[] cells = inputs.get(i).split(",");
                final double[] row = new double[cells.length];
                for (int c = 0; c < cells.length; c++)
                {
                    row[c] = Double.parseDouble(cells[c]);
                }
                scorer.score(row, output);
                final String[] probabilities = expected.get(i).split(",");
                // float32 inference against sklearn's float64: agreement to 1e-5 is what float32 allows.
                assertEquals(Double.parseDouble(probabilities[0]), output[0], 1e-5, name + " row " + i);
                assertEquals(Double.parseDouble(probabilities[1]), output[1], 1e-5, name + " row " + i);
            }
        }
    }
}
