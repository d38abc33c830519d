package io.ticksignal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ticksignal.engine.model.BundleScorer;
import io.ticksignal.engine.model.ModelBundle;
import io.ticksignal.engine.model.ScorerKind;
import io.ticksignal.engine.model.builtin.LinkFunction;

/**
 * The written {@code model.onnx}, run by ONNX Runtime, gives the trainer's own predictions within 1e-6 for every
 * model kind; the bundle loads with the engine's loader, and the engine's built-in and ONNX scorers agree with the
 * trainer's calibrated output.
 */
final class OnnxExportTest
{
    private static final int ROWS = 400;

    @TempDir
    Path temp;

    @Test
    void shouldMatchOnnxRuntimeForBinaryLogistic() throws Exception
    {
        checkBundle(ModelKind.LOGISTIC, 2, ScorerKind.LOGISTIC);
    }

    @Test
    void shouldMatchOnnxRuntimeForThreeClassLogistic() throws Exception
    {
        checkBundle(ModelKind.LOGISTIC, 3, ScorerKind.LOGISTIC);
    }

    @Test
    void shouldMatchOnnxRuntimeForBinaryGbdt() throws Exception
    {
        checkBundle(ModelKind.GBDT, 2, ScorerKind.TREE_ENSEMBLE);
    }

    @Test
    void shouldMatchOnnxRuntimeForThreeClassGbdt() throws Exception
    {
        checkBundle(ModelKind.GBDT, 3, ScorerKind.TREE_ENSEMBLE);
    }

    /**
     * Price-level features (tens of thousands) with a large folded intercept: the exported graph computes in double,
     * so ONNX Runtime still equals the trainer's function where a float32 MatMul would lose digits to cancellation.
     */
    @Test
    void shouldKeepPrecisionOnPriceScaledFeatures() throws Exception
    {
        final LogisticModel model = new LogisticModel(LinkFunction.SIGMOID,
            new double[][] {{0.0123456789, -0.0098765432, 1.5}}, new double[] {-81.234567});
        final Path file = temp.resolve("price.onnx");
        Files.write(file, OnnxExporter.export(model, "price"));
        final float[][] input = new float[200][3];
        final Random random = new Random(3);
        for (final float[] row : input)
        {
            row[0] = (float)(30000 + 500 * random.nextGaussian());
            row[1] = row[0] + (float)(50 * random.nextGaussian());
            row[2] = (float)random.nextGaussian();
        }
        final float[][] onnx = runOnnx(file, input, OnnxExporter.P_UP);
        for (int i = 0; i < input.length; i++)
        {
            final double up = model.predictUp(new double[] {input[i][0], input[i][1], input[i][2]});
            assertEquals(up, onnx[i][0], 1e-6, "row " + i);
        }
    }

    private void checkBundle(final ModelKind kind, final int classes, final ScorerKind builtIn) throws Exception
    {
        final Dataset dataset = DatasetReader.read(DatasetFixture.write(temp, "data", ROWS, classes, 11));
        final TrainOptions options = new TrainOptions(kind, SplitSpec.percentages("60/20/20"),
            ClassWeighting.BALANCED, 1.0, 30, 3, 0.2, 10, 1.0, 0.2, 0.2, -1);
        final TrainingResult result = Trainer.train(dataset, options, (fold, done, total) -> { });
        final Path bundleDir = temp.resolve("models").resolve("m").resolve("1");
        BundleWriter.write(bundleDir, BundleWriter.Overwrite.REFUSE, result, dataset, Map.of("trainCommand", "test"));

        final float[][] input = new float[ROWS][];
        for (int i = 0; i < ROWS; i++)
        {
            input[i] = new float[4];
            for (int j = 0; j < 4; j++)
            {
                input[i][j] = (float)dataset.features()[i][j];
            }
        }
        final String output = OnnxExporter.outputName(result.model());
        final float[][] onnx = runOnnx(bundleDir.resolve("model.onnx"), input, output);
        double largest = 0.0;
        for (int i = 0; i < ROWS; i++)
        {
            final double[] expected = result.predictRaw(dataset.features()[i]);
            final int offset = expected.length - onnx[i].length;
            for (int k = 0; k < onnx[i].length; k++)
            {
                largest = Math.max(largest, Math.abs(onnx[i][k] - expected[k + offset]));
            }
        }
        assertTrue(largest <= 1e-6, "ONNX Runtime differs from the trainer by " + largest);
        if (result.model() instanceof GbdtModel trees)
        {
            checkThresholdBoundaries(trees, dataset, bundleDir.resolve("model.onnx"));
        }

        final ModelBundle bundle = ModelBundle.load(bundleDir);
        assertEquals(builtIn, bundle.metadata().scorer());
        try (BundleScorer engineBuiltIn = bundle.openScorer(builtIn);
            BundleScorer engineOnnx = bundle.openScorer(ScorerKind.ONNX))
        {
            final Trainer.FoldModel fitted = new Trainer.FoldModel(result.model(), result.calibration(),
                result.thresholds(), "");
            final double[][] trainer = Trainer.probabilities(dataset, fitted, new RowRange(0, ROWS));
            final double[] a = new double[classes];
            final double[] b = new double[classes];
            final double[] rounded = new double[4];
            for (int i = 0; i < ROWS; i++)
            {
                for (int j = 0; j < 4; j++)
                {
                    rounded[j] = input[i][j];
                }
                engineBuiltIn.score(rounded, a);
                engineOnnx.score(dataset.features()[i], b);
                for (int k = 0; k < classes; k++)
                {
                    assertEquals(trainer[i][k], a[k], 1e-12, "built-in row " + i);
                    assertEquals(trainer[i][k], b[k], 1e-6, "onnx row " + i);
                }
            }
        }
    }

    /**
     * Rows whose feature sits exactly on a split threshold, and one float32 step either side, take the same branch
     * in ONNX Runtime as in the trainer.
     */
    private static void checkThresholdBoundaries(final GbdtModel trees, final Dataset dataset, final Path onnxFile)
        throws OrtException
    {
        final List<float[]> rows = new ArrayList<>();
        for (final GbdtModel.Tree tree : trees.trees().subList(0, Math.min(6, trees.trees().size())))
        {
            for (int node = 0; node < tree.feature().length; node++)
            {
                if (tree.feature()[node] != GbdtModel.LEAF)
                {
                    final float t = tree.threshold()[node];
                    for (final float value : new float[] {Math.nextDown(t), t, Math.nextUp(t)})
                    {
                        final float[] row = new float[4];
                        for (int j = 0; j < 4; j++)
                        {
                            row[j] = (float)dataset.features()[rows.size() % ROWS][j];
                        }
                        row[tree.feature()[node]] = value;
                        rows.add(row);
                    }
                }
            }
        }
        final float[][] input = rows.toArray(new float[0][]);
        final float[][] onnx = runOnnx(onnxFile, input, OnnxExporter.PROBABILITIES);
        final double[] features = new double[4];
        for (int i = 0; i < input.length; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                features[j] = input[i][j];
            }
            final double[] expected = new double[trees.classCount()];
            trees.predict(features, expected);
            for (int k = 0; k < expected.length; k++)
            {
                assertEquals(expected[k], onnx[i][k], 1e-6, "boundary row " + i);
            }
        }
        assertTrue(input.length >= 9, "at least three split nodes were probed");
    }

    static float[][] runOnnx(final Path model, final float[][] input, final String output) throws OrtException
    {
        final OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession session = environment.createSession(model.toString(), new OrtSession.SessionOptions());
            OnnxTensor tensor = OnnxTensor.createTensor(environment, input);
            OrtSession.Result result = session.run(Map.of("features", tensor)))
        {
            return (float[][])result.get(output).orElseThrow().getValue();
        }
    }
}
