package io.ticksignal.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad-bundle failure produces its documented message: file, key, what is wrong and how to fix it.
 */
final class ModelBundleLoaderTest
{
    private static final String MONITORING_BLOCK = """
        label:
          expression: "fwd_return(5)@1m"
          classes: 2
          threshold: 0.001
        monitoring:
          histograms:
            - feature: "roc(10)"
              edges: [-0.5, 0.5]
              fractions: [0.25, 0.5, 0.25]
        provenance:
          seed: "42"
        """;

    @TempDir
    Path temp;

    @Test
    void shouldLoadValidBundleMetadata()
    {
        final ModelBundle bundle = ModelBundle.load(ModelTestData.bundle("softmax_3class"));
        final ModelMetadata metadata = bundle.metadata();
        assertEquals("softmax_3class", metadata.name());
        assertEquals(1, metadata.version());
        assertEquals(ScorerKind.ONNX, metadata.scorer());
        assertEquals(List.of("rsi(14)", "roc(10)", "willr(14)", "cci(20)", "mom(10)", "cmo(14)"), bundle.features());
        assertEquals(List.of("DOWN", "FLAT", "UP"), bundle.labels());
        assertEquals(OutputMeaning.CLASS_PROBABILITIES, metadata.meaning());
        assertEquals(0.5, bundle.thresholds().minProbability(2));
        assertTrue(Double.isNaN(bundle.thresholds().minProbability(1)));
        assertEquals(java.util.Set.of(ScorerKind.ONNX, ScorerKind.LOGISTIC), bundle.availableScorers());
        assertTrue(metadata.metrics().containsKey("trainAccuracy"));
    }

    @Test
    void shouldReportMissingMetadataFile() throws IOException
    {
        final Path dir = Files.createDirectory(temp.resolve("empty"));
        final ModelBundleError error = single(dir);
        assertEquals(dir.resolve("model.yaml").toString(), error.file());
        assertTrue(error.message().startsWith("missing; every bundle directory needs model.yaml"), error.message());
    }

    @Test
    void shouldReportMissingModelFile() throws IOException
    {
        final Path dir = copy("logistic_binary");
        Files.delete(dir.resolve("model.onnx"));
        final ModelBundleError error = single(dir);
        assertEquals("onnx.file", error.key());
        assertEquals(dir.resolve("model.onnx") + " does not exist; put the model file there or fix onnx.file",
            error.message());
    }

    @Test
    void shouldReportChecksumMismatchWithExpectedActualAndCommand() throws IOException
    {
        final Path dir = copy("logistic_binary");
        final Path model = dir.resolve("model.onnx");
        final String expected = ModelBundleLoader.sha256(model);
        Files.copy(ModelTestData.bundle("mlp_binary").resolve("model.onnx"), model,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        final String actual = ModelBundleLoader.sha256(model);
        final ModelBundleError error = single(dir);
        assertEquals("onnx.sha256", error.key());
        assertEquals("checksum mismatch for " + model + ": expected " + expected + " but the file has " + actual
            + "; restore the right model file, or if this file is the one you mean, set onnx.sha256 to the output of"
            + " `sha256sum " + model + "`", error.message());
    }

    @Test
    void shouldReportFeatureCountNotMatchingInputWidth() throws IOException
    {
        final Path dir = copy("logistic_binary");
        edit(dir, "  - \"cmo(14)\"\n", "");
        final List<ModelBundleError> errors = errors(dir);
        assertEquals("features", errors.get(0).key());
        assertEquals("5 feature expressions do not match the model: 5 input columns given but input 'features' takes"
            + " 6; give exactly one column per model input; list one feature expression per input column",
            errors.get(0).message());
        assertEquals("logistic.coefficients[0]", errors.get(1).key());
        assertEquals("6 coefficients for 5 features; give one coefficient per feature", errors.get(1).message());
    }

    @Test
    void shouldReportUnknownFeatureExpressionWithPosition() throws IOException
    {
        final Path dir = copy("logistic_binary");
        edit(dir, "\"willr(14)\"", "\"wilr(14)\"");
        final ModelBundleError error = single(dir);
        assertEquals("features[2]", error.key());
        assertTrue(error.message().startsWith("unknown feature expression: wilr(14): position 1: "), error.message());
    }

    @Test
    void shouldReportMissingOutputListingTheModelsOutputs() throws IOException
    {
        final Path dir = copy("gbdt_binary");
        edit(dir, "output: probabilities", "output: proba");
        final ModelBundleError error = errors(dir).get(0);
        assertEquals("onnx.output", error.key());
        assertEquals("output 'proba' is not in the model; its outputs: 'label' INT64 [-1], 'probabilities' FLOAT"
            + " [-1, 2]", error.message());
    }

    @Test
    void shouldReportOutputOfWrongType() throws IOException
    {
        final Path dir = copy("gbdt_binary");
        edit(dir, "output: probabilities", "output: label");
        final ModelBundleError error = errors(dir).get(0);
        assertEquals("onnx.output", error.key());
        assertTrue(error.message().startsWith("output 'label' is INT64 [-1]; the scorer reads a float32 tensor"),
            error.message());
    }

    @Test
    void shouldReportOutputOfWrongShapeForBinary() throws IOException
    {
        final Path dir = copy("softmax_3class");
        edit(dir, "meaning: CLASS_PROBABILITIES\n  labels: [DOWN, FLAT, UP]", "meaning: BINARY");
        edit(dir, "  minProbability:\n    DOWN: 0.5\n    UP: 0.5", "  buyAbove: 0.6");
        final ModelBundleError error = errors(dir).get(0);
        assertEquals("onnx.output", error.key());
        assertTrue(error.message().startsWith("output 'probabilities' has 3 values per row; a BINARY model reads"
            + " P(up) from a [N,1] or [N,2] output"), error.message());
    }

    @Test
    void shouldReportLabelCountNotMatchingClasses() throws IOException
    {
        final Path dir = copy("softmax_3class");
        edit(dir, "labels: [DOWN, FLAT, UP]", "labels: [DOWN, UP]");
        edit(dir, "  minProbability:\n    DOWN: 0.5\n    UP: 0.5", "  minProbability:\n    UP: 0.5");
        final List<ModelBundleError> errors = errors(dir);
        assertEquals("output.labels", errors.get(0).key());
        assertEquals("2 labels [DOWN, UP] but output 'probabilities' has 3 classes; give one label per class",
            errors.get(0).message());
    }

    @Test
    void shouldCollectEveryProblemTogether() throws IOException
    {
        final Path dir = copy("logistic_binary");
        edit(dir, "scorer: ONNX", "scorer: ONIX");
        edit(dir, "\"roc(10)\"", "\"roc(x)\"");
        edit(dir, "buyAbove: 0.6", "buyAbove: 0.3");
        edit(dir, "calibration:", "calibrate:\n  kind: NONE\ncalibration:");
        final ModelBundleException ex = assertThrows(ModelBundleException.class, () -> ModelBundle.load(dir));
        final List<String> keys = ex.errors().stream().map(ModelBundleError::key).toList();
        assertEquals(List.of("calibrate", "scorer", "thresholds"), keys);
        assertTrue(ex.getMessage().startsWith("invalid model bundle " + dir + " (3 problems):"), ex.getMessage());
        assertTrue(ex.getMessage().contains("scorer: 'ONIX' is not allowed: one of ONNX, LOGISTIC, TREE_ENSEMBLE,"
            + " ENSEMBLE"), ex.getMessage());
    }

    @Test
    void shouldReportFeatureProblemsAlongsideModelProblems() throws IOException
    {
        final Path dir = copy("logistic_binary");
        edit(dir, "\"roc(10)\"", "\"roc(x)\"");
        edit(dir, "input: features", "input: x");
        final List<ModelBundleError> errors = errors(dir);
        assertEquals(List.of("features[1]", "onnx.input"), errors.stream().map(ModelBundleError::key).toList());
        assertEquals("input 'x' is not in the model; its inputs: 'features' FLOAT [-1, 6]", errors.get(1).message());
    }

    @Test
    void shouldReportInvalidEnsembleMember() throws IOException
    {
        final Path dir = copy("ensemble_binary");
        copy("logistic_binary");
        copy("gbdt_binary");
        final ModelBundleException ex = assertThrows(ModelBundleException.class, () -> ModelBundle.load(dir));
        assertEquals("members[2]", ex.errors().get(0).key());
        assertEquals("member bundle is invalid:", ex.errors().get(0).message());
        assertEquals(temp.resolve("mlp_binary").toString(), ex.errors().get(1).file());
        assertTrue(ex.errors().get(1).message().startsWith("not a directory; a bundle is a directory holding"),
            ex.errors().get(1).message());
    }

    @Test
    void shouldRejectIdentityLinkWithoutCalibration() throws IOException
    {
        final Path dir = copy("logistic_binary");
        edit(dir, "link: SIGMOID", "link: IDENTITY");
        final ModelBundleError error = single(dir);
        assertEquals("calibration", error.key());
        assertTrue(error.message().startsWith("a linear (IDENTITY) score is not a probability"), error.message());
    }

    @Test
    void shouldReadLabelMonitoringHistogramsAndProvenance() throws IOException
    {
        final Path dir = copy("logistic_binary");
        appendYaml(dir, MONITORING_BLOCK);
        final ModelMetadata metadata = ModelBundle.load(dir).metadata();
        final LabelSpec label = metadata.label().orElseThrow();
        assertEquals("fwd_return(5)@1m", label.expression());
        assertEquals(1, label.classOf(0.0011));
        assertEquals(0, label.classOf(0.001));
        final FeatureHistogram histogram = metadata.histograms().get(0);
        assertEquals("roc(10)", histogram.feature());
        assertEquals(3, histogram.binCount());
        assertEquals(0, histogram.bin(-1.0));
        assertEquals(0, histogram.bin(-0.5));
        assertEquals(1, histogram.bin(0.0));
        assertEquals(2, histogram.bin(0.51));
        assertEquals(FeatureHistogram.NO_BIN, histogram.bin(Double.NaN));
        assertEquals("42", metadata.provenance().get("seed"));
    }

    @Test
    void shouldReportBadLabelAndHistogramsTogether() throws IOException
    {
        final Path dir = copy("logistic_binary");
        appendYaml(dir, MONITORING_BLOCK.replace("fwd_return(5)@1m", "fwd_return(5)@2m")
            .replace("[0.25, 0.5, 0.25]", "[0.25, 0.5, 0.2]").replace("\"roc(10)\"", "\"roc(11)\""));
        final List<ModelBundleError> errors = errors(dir);
        assertEquals(List.of("label.expression", "monitoring.histograms[0].feature"),
            errors.stream().map(ModelBundleError::key).toList());
        assertTrue(errors.get(0).message().contains("e.g. fwd_return(5)@1m"), errors.get(0).message());
    }

    @Test
    void shouldReportAHorizonTooLargeForAnIntAsABadLabel() throws IOException
    {
        final Path dir = copy("logistic_binary");
        appendYaml(dir, MONITORING_BLOCK.replace("fwd_return(5)@1m", "fwd_return(99999999999)@1m"));
        final ModelBundleError error = single(dir);
        assertEquals("label.expression", error.key());
        assertEquals("'fwd_return(99999999999)@1m': the horizon '99999999999' is not a whole number of bars; write"
            + " fwd_return(H)@TF with H >= 1 bars, e.g. fwd_return(5)@1m", error.message());
    }

    @Test
    void shouldReportHistogramFractionsNotSummingToOne() throws IOException
    {
        final Path dir = copy("logistic_binary");
        appendYaml(dir, MONITORING_BLOCK.replace("[0.25, 0.5, 0.25]", "[0.25, 0.5, 0.2]"));
        final ModelBundleError error = single(dir);
        assertEquals("monitoring.histograms[0].fractions", error.key());
        assertTrue(error.message().endsWith("they must sum to 1"), error.message());
    }

    private Path copy(final String name) throws IOException
    {
        final Path source = ModelTestData.bundle(name);
        final Path target = Files.createDirectories(temp.resolve(name));
        try (Stream<Path> files = Files.list(source))
        {
            for (final Path file : files.toList())
            {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    private static void appendYaml(final Path dir, final String block) throws IOException
    {
        final Path yaml = dir.resolve("model.yaml");
        Files.writeString(yaml, Files.readString(yaml) + block);
    }

    private static void edit(final Path dir, final String from, final String to) throws IOException
    {
        final Path yaml = dir.resolve("model.yaml");
        final String text = Files.readString(yaml);
        assertTrue(text.contains(from), "test set-up: model.yaml lacks " + from);
        Files.writeString(yaml, text.replace(from, to));
    }

    private static List<ModelBundleError> errors(final Path dir)
    {
        return assertThrows(ModelBundleException.class, () -> ModelBundle.load(dir)).errors();
    }

    private static ModelBundleError single(final Path dir)
    {
        final List<ModelBundleError> errors = errors(dir);
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }
}
