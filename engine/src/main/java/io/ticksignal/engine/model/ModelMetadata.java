package io.ticksignal.engine.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ticksignal.engine.model.calibration.Calibration;

/**
 * A bundle's {@code model.yaml}, validated.
 *
 * @param name         model id (written into signals).
 * @param version      model version, at least 0.
 * @param scorer       the scorer the bundle runs by default.
 * @param features     feature expressions, one per input column, in order.
 * @param onnx         the {@code onnx:} block, when there is a model file.
 * @param meaning      what the output means.
 * @param labels       class labels in output order (binary: 2, default {@code DOWN, UP}).
 * @param calibration  applied after scoring.
 * @param thresholds   decision thresholds.
 * @param logistic     built-in coefficients, when given.
 * @param treesFromOnnx {@link TreeSource#ONNX} when the built-in tree evaluator reads the ONNX file's trees.
 * @param members      ensemble members (empty unless {@link ScorerKind#ENSEMBLE}).
 * @param notes        training notes.
 * @param metrics      training metrics, as written.
 * @param label        what the model predicts ({@code label:}), when given; drives rolling accuracy.
 * @param histograms   training histograms of features ({@code monitoring.histograms}), for drift monitoring; may
 *                     cover only some features.
 * @param provenance   where the bundle came from ({@code provenance:}: data, commands, seed), as written.
 */
public record ModelMetadata(
    String name,
    long version,
    ScorerKind scorer,
    List<String> features,
    Optional<OnnxSpec> onnx,
    OutputMeaning meaning,
    List<String> labels,
    Calibration calibration,
    DecisionThresholds thresholds,
    Optional<LogisticSpec> logistic,
    Optional<TreeSource> treesFromOnnx,
    List<MemberSpec> members,
    String notes,
    Map<String, String> metrics,
    Optional<LabelSpec> label,
    List<FeatureHistogram> histograms,
    Map<String, String> provenance)
{
    /**
     * Where the built-in tree evaluator finds its trees ({@code trees.source}).
     */
    public enum TreeSource
    {
        /** The {@code TreeEnsembleClassifier} node of the bundle's ONNX file. */
        ONNX
    }
}
