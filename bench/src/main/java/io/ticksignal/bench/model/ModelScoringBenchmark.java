package io.ticksignal.bench.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.ticksignal.engine.model.ModelBundle;
import io.ticksignal.engine.model.ModelScorer;
import io.ticksignal.engine.model.ScorerKind;

/**
 * One model score of one feature row, cycling through the bundle's 200 committed rows: the built-in logistic scorer
 * versus ONNX Runtime on the same 32-feature logistic regression ({@code logistic32}); the built-in tree-ensemble
 * evaluator versus ONNX Runtime on the same 100-tree gradient-boosted ensembles, depth 4 over 8 features
 * ({@code gbdt100}) and depth 6 over 32 features ({@code gbdt100d6}); and ONNX Runtime alone on a small MLP,
 * 32 inputs, 32 ReLU units, one sigmoid output ({@code mlp32}: the built-in scorers have no MLP). Expected: built-ins
 * well under a microsecond for the logistic and 0 B/op; ONNX Runtime a few microseconds and a few hundred B/op (its
 * Java layer's per-run objects; the input tensor is reused and the output pinned).
 * <p>
 * {@link #score} measures the average time; {@link #scoreSampled} the same call in JMH's sample-time mode, whose
 * result holds the percentiles (p50, p99, p99.9) of single calls (timer resolution about 20-30 ns, so its figures for
 * the built-in logistic are mostly timer overhead).
 * <p>
 * The bundles are the engine's test resources, found under {@code -Dticksignal.models=DIR} (default
 * {@code engine/src/test/resources/models}, i.e. run from the repository root). Returns the output so JMH sinks it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED" })
public class ModelScoringBenchmark
{
    /** {@code bundle:scorer}. */
    @Param({ "logistic32:LOGISTIC", "logistic32:ONNX", "gbdt100:TREE_ENSEMBLE", "gbdt100:ONNX",
        "gbdt100d6:TREE_ENSEMBLE", "gbdt100d6:ONNX", "mlp32:ONNX" })
    public String model;

    private ModelScorer scorer;
    private double[][] rows;
    private double[] output;
    private int index;

    /**
     * Loads the bundle and opens the scorer.
     *
     * @throws Exception when the bundle or its rows cannot be read.
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception
    {
        final String[] parts = model.split(":");
        final Path directory = Path.of(System.getProperty("ticksignal.models", "engine/src/test/resources/models"))
            .resolve(parts[0]);
        scorer = ModelBundle.load(directory).openRawScorer(ScorerKind.valueOf(parts[1]));
        final List<String> lines = Files.readAllLines(directory.resolve("inputs.csv"));
        rows = new double[lines.size() - 1][];
        for (int i = 1; i < lines.size(); i++)
        {
            final String[] cells = lines.get(i).split(",");
            rows[i - 1] = new double[cells.length];
            for (int c = 0; c < cells.length; c++)
            {
                rows[i - 1][c] = Double.parseDouble(cells[c]);
            }
        }
        output = new double[scorer.outputWidth()];
    }

    /**
     * Closes the scorer (ONNX Runtime session).
     */
    @TearDown(Level.Trial)
    public void tearDown()
    {
        scorer.close();
    }

    /**
     * @return the output array (sunk by JMH).
     */
    @Benchmark
    public double[] score()
    {
        final double[] row = rows[index];
        index = index + 1 == rows.length ? 0 : index + 1;
        scorer.score(row, output);
        return output;
    }

    /**
     * The same call as {@link #score}, sampled one call at a time for percentiles.
     *
     * @return the output array (sunk by JMH).
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public double[] scoreSampled()
    {
        final double[] row = rows[index];
        index = index + 1 == rows.length ? 0 : index + 1;
        scorer.score(row, output);
        return output;
    }
}
