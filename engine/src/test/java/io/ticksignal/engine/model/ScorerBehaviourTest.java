package io.ticksignal.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ticksignal.engine.model.builtin.LinkFunction;
import io.ticksignal.engine.model.builtin.LogisticScorer;
import io.ticksignal.engine.model.ensemble.EnsembleScorer;

/**
 * Calibration and thresholds inside bundle scorers, ensemble voting, and no allocation on the built-in paths.
 */
final class ScorerBehaviourTest
{
    @TempDir
    Path temp;

    @Test
    void shouldApplyPlattCalibrationAfterScoring() throws IOException
    {
        final Path dir = copy("logistic_binary");
        final Path yaml = dir.resolve("model.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("  kind: NONE", "  kind: PLATT\n  a: 3.0\n  b: -1.5"));
        final double[] row = ModelTestData.inputs("logistic_binary")[7];
        final double[] raw = new double[1];
        final double[] calibrated = new double[2];
        final ModelBundle bundle = ModelBundle.load(dir);
        try (ModelScorer onnx = bundle.openRawScorer(ScorerKind.ONNX); BundleScorer scorer = bundle.openScorer())
        {
            onnx.score(row, raw);
            scorer.score(row, calibrated);
        }
        final double expected = 1.0 / (1.0 + Math.exp(-(3.0 * raw[0] - 1.5)));
        assertEquals(expected, calibrated[1], 1e-15);
        assertEquals(1.0 - expected, calibrated[0], 1e-15);
    }

    @Test
    void shouldProposeClassesByThresholds()
    {
        final DecisionThresholds binary = DecisionThresholds.binary(0.6, 0.4);
        assertEquals(1, binary.propose(new double[] {0.3, 0.7}));
        assertEquals(0, binary.propose(new double[] {0.65, 0.35}));
        assertEquals(DecisionThresholds.NO_CLASS, binary.propose(new double[] {0.5, 0.5}));
        final DecisionThresholds perClass = DecisionThresholds.perClass(new double[] {0.5, Double.NaN, 0.5});
        assertEquals(2, perClass.propose(new double[] {0.2, 0.2, 0.6}));
        assertEquals(DecisionThresholds.NO_CLASS, perClass.propose(new double[] {0.1, 0.8, 0.1}));
        assertEquals(DecisionThresholds.NO_CLASS, perClass.propose(new double[] {0.45, 0.1, 0.45}));
    }

    @Test
    void shouldVoteWithNormalisedWeights()
    {
        final LogisticScorer up = new LogisticScorer(new double[][] {{1.0}}, new double[] {0.0}, LinkFunction.SIGMOID);
        final LogisticScorer down = new LogisticScorer(new double[][] {{-1.0}}, new double[] {0.0},
            LinkFunction.SIGMOID);
        try (EnsembleScorer ensemble = new EnsembleScorer(new ModelScorer[] {up, down}, new double[] {3.0, 1.0}))
        {
            final double[] output = new double[1];
            ensemble.score(new double[] {2.0}, output);
            final double sigmoid = 1.0 / (1.0 + Math.exp(-2.0));
            assertEquals(0.75 * sigmoid + 0.25 * (1.0 - sigmoid), output[0], 1e-15);
            assertEquals(0.75, ensemble.weight(0), 0.0);
        }
    }

    @Test
    void shouldNotAllocateWhenScoringWithBuiltInScorers()
    {
        final ModelBundle logistic = ModelBundle.load(ModelTestData.bundle("logistic32"));
        final ModelBundle trees = ModelBundle.load(ModelTestData.bundle("gbdt100"));
        try (BundleScorer a = logistic.openScorer(ScorerKind.LOGISTIC);
            BundleScorer b = trees.openScorer(ScorerKind.TREE_ENSEMBLE))
        {
            final double[] rowA = ModelTestData.inputs("logistic32")[0];
            final double[] rowB = ModelTestData.inputs("gbdt100")[0];
            final double[] output = new double[2];
            for (int i = 0; i < 20_000; i++)
            {
                a.score(rowA, output);
                b.score(rowB, output);
            }
            final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
            final long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 10_000; i++)
            {
                a.score(rowA, output);
                b.score(rowB, output);
            }
            final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            // One object per call would be >= 16 B x 20,000 = 320 KB; the bound leaves room for the JIT and the
            // measurement itself (tens of bytes seen).
            assertTrue(allocated < 1024, allocated + " bytes allocated by 20,000 built-in scoring calls");
        }
    }

    private Path copy(final String name) throws IOException
    {
        final Path target = Files.createDirectories(temp.resolve(name));
        try (Stream<Path> files = Files.list(ModelTestData.bundle(name)))
        {
            for (final Path file : files.toList())
            {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }
}
