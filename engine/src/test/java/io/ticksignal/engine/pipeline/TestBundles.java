package io.ticksignal.engine.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.ticksignal.config.DecisionConfig;
import io.ticksignal.config.FeatureExpression;
import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.TicksignalConfig;

/**
 * Small built-in-logistic bundles on 1m features, written as model.yaml text, and configurations that use them.
 */
final class TestBundles
{
    /** Binary: P(up) = sigmoid(0.05 rsi + 0.8 roc5 + 0.02 willr - 1.5). */
    static final String BINARY = String.join("\n",
        "name: test-binary-1m",
        "version: 3",
        "scorer: LOGISTIC",
        "features:",
        "  - \"rsi(14)@1m\"",
        "  - \"roc(5)@1m\"",
        "  - \"willr(14)@1m\"",
        "output:",
        "  meaning: BINARY",
        "  labels: [DOWN, UP]",
        "calibration:",
        "  kind: NONE",
        "thresholds:",
        "  buyAbove: 0.55",
        "  sellBelow: 0.45",
        "logistic:",
        "  link: SIGMOID",
        "  coefficients:",
        "    - [0.05, 0.8, 0.02]",
        "  intercepts: [-1.5]",
        "");

    /** Three classes DOWN, FLAT, UP: softmax of three linear scores of rsi and roc5. */
    static final String THREE_CLASS = String.join("\n",
        "name: test-3class-1m",
        "version: 7",
        "scorer: LOGISTIC",
        "features:",
        "  - \"rsi(14)@1m\"",
        "  - \"roc(5)@1m\"",
        "output:",
        "  meaning: CLASS_PROBABILITIES",
        "  labels: [DOWN, FLAT, UP]",
        "calibration:",
        "  kind: NONE",
        "thresholds:",
        "  minProbability:",
        "    DOWN: 0.45",
        "    UP: 0.45",
        "logistic:",
        "  link: SOFTMAX",
        "  coefficients:",
        "    - [-0.06, -1.0]",
        "    - [0.0, 0.0]",
        "    - [0.06, 1.0]",
        "  intercepts: [3.0, 0.5, -3.0]",
        "");

    private TestBundles()
    {
    }

    static Path write(final Path directory, final String yaml)
    {
        try
        {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("model.yaml"), yaml);
            return directory;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    static TicksignalConfig demoWithBundle(final Path bundle, final DecisionConfig decision)
    {
        return demoWithBundle(bundle, decision, TestEngine.DEMO.features());
    }

    static TicksignalConfig demoWithBundle(
        final Path bundle, final DecisionConfig decision, final List<FeatureExpression> features)
    {
        final TicksignalConfig demo = TestEngine.DEMO;
        return new TicksignalConfig(demo.engine(), demo.instruments(), demo.aeron(), demo.journal(), features,
            ModelConfig.ofBundle(bundle), decision, demo.counters());
    }
}
