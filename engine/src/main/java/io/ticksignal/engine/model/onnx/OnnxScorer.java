package io.ticksignal.engine.model.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;

import io.ticksignal.engine.model.ModelScorer;

/**
 * Scores with ONNX Runtime. Opening creates the session once ({@link OnnxScorerOptions}: intra-op threads 1,
 * sequential execution, no spinning), checks the input and output, runs one probe row of zeros to learn the output's
 * shape, and pins an output tensor of that shape.
 * <p>
 * Per call: the features are rounded to float32 into a reused direct {@link FloatBuffer} that backs a reused input
 * {@link OnnxTensor} (no copy), {@code OrtSession.run(inputs, pinnedOutputs)} writes the output straight into a
 * pre-allocated direct buffer, and the values are read from it. Allocation that remains is inside ONNX Runtime's Java
 * layer: the {@code Result} object with its map and list, and the per-call name/handle arrays ({@code -prof gc} in
 * {@code io.ticksignal.bench.model} shows a few hundred bytes per call).
 * <p>
 * Thread: one instance per thread. A failure inside ONNX Runtime while scoring throws {@link OnnxScoringException}.
 */
public final class OnnxScorer implements ModelScorer
{
    private final String file;
    private final OrtSession session;
    private final FloatBuffer inputBuffer;
    private final OnnxTensor inputTensor;
    private final FloatBuffer outputBuffer;
    private final OnnxTensor outputTensor;
    private final Map<String, OnnxTensor> inputs;
    private final Map<String, OnnxValue> pinnedOutputs;
    private final int inputWidth;
    private final int outputWidth;
    private final String inputName;
    private final String outputName;
    private final long[] outputShape;
    private boolean closed;

    private OnnxScorer(final String file, final OrtSession session, final OnnxSignature signature)
        throws OrtException
    {
        final OrtEnvironment environment = OrtEnvironment.getEnvironment();
        this.file = file;
        this.session = session;
        this.inputName = signature.inputName;
        this.outputName = signature.outputName;
        this.inputWidth = (int)signature.inputShape[signature.inputShape.length - 1];
        this.inputBuffer = directFloats(inputWidth);
        this.inputTensor = OnnxTensor.createTensor(environment, inputBuffer, signature.inputShape);
        this.inputs = Map.of(inputName, inputTensor);
        this.outputShape = probeOutputShape();
        int width = 1;
        for (final long dimension : outputShape)
        {
            width *= (int)dimension;
        }
        this.outputWidth = width;
        this.outputBuffer = directFloats(outputWidth);
        this.outputTensor = OnnxTensor.createTensor(environment, outputBuffer, outputShape);
        this.pinnedOutputs = Map.of(outputName, outputTensor);
    }

    /**
     * Open a scorer on a model file.
     *
     * @param modelFile  the {@code .onnx} file.
     * @param inputName  the input to feed, or null for the model's only input.
     * @param outputName the output to read, or null for the first float tensor output.
     * @param width      number of input columns, or -1 to take it from the model's input shape.
     * @param options    session options.
     * @return the scorer, ready to score.
     * @throws OnnxModelException with every problem when the file cannot be opened or scored as asked.
     */
    public static OnnxScorer open(
        final Path modelFile,
        final String inputName,
        final String outputName,
        final int width,
        final OnnxScorerOptions options)
    {
        final String file = modelFile.toString();
        final List<OnnxProblem> problems = new ArrayList<>();
        OrtSession session = null;
        try (SessionOptions sessionOptions = sessionOptions(options))
        {
            session = OrtEnvironment.getEnvironment().createSession(file, sessionOptions);
            final OnnxSignature signature = OnnxSignature.check(session, inputName, outputName, width, problems);
            if (problems.isEmpty())
            {
                return new OnnxScorer(file, session, signature);
            }
        }
        catch (final OrtException | RuntimeException ex)
        {
            problems.add(new OnnxProblem(OnnxPart.FILE, "ONNX Runtime cannot load or run it: " + ex.getMessage()));
        }
        closeQuietly(session, problems);
        throw new OnnxModelException(file, problems);
    }

    private static SessionOptions sessionOptions(final OnnxScorerOptions options) throws OrtException
    {
        final SessionOptions sessionOptions = new SessionOptions();
        sessionOptions.setIntraOpNumThreads(options.intraOpThreads());
        sessionOptions.setInterOpNumThreads(options.interOpThreads());
        sessionOptions.setExecutionMode(SessionOptions.ExecutionMode.SEQUENTIAL);
        sessionOptions.setOptimizationLevel(options.optimization().level());
        sessionOptions.addConfigEntry("session.intra_op.allow_spinning", "0");
        return sessionOptions;
    }

    private long[] probeOutputShape() throws OrtException
    {
        try (OrtSession.Result result = session.run(inputs, Set.of(outputName)))
        {
            final OnnxValue value = result.get(0);
            if (!(value instanceof OnnxTensor tensor))
            {
                throw new IllegalStateException("output '" + outputName + "' is not a tensor");
            }
            return tensor.getInfo().getShape().clone();
        }
    }

    private static FloatBuffer directFloats(final int count)
    {
        return ByteBuffer.allocateDirect(Float.BYTES * count).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    @Override
    public int inputWidth()
    {
        return inputWidth;
    }

    @Override
    public int outputWidth()
    {
        return outputWidth;
    }

    /**
     * @return the input fed.
     */
    public String inputName()
    {
        return inputName;
    }

    /**
     * @return the output read.
     */
    public String outputName()
    {
        return outputName;
    }

    /**
     * @return the output's shape for one row, e.g. {@code [1, 2]} (a copy).
     */
    public long[] outputShape()
    {
        return outputShape.clone();
    }

    @Override
    public void score(final double[] features, final double[] output)
    {
        final FloatBuffer input = inputBuffer;
        for (int i = 0; i < inputWidth; i++)
        {
            input.put(i, (float)features[i]);
        }
        final OrtSession.Result result;
        try
        {
            result = session.run(inputs, pinnedOutputs);
        }
        catch (final OrtException ex)
        {
            throw new OnnxScoringException("ONNX Runtime failed scoring " + file, ex);
        }
        // The pinned output is not owned by the result: closing it releases only the result's own bookkeeping.
        result.close();
        final FloatBuffer values = outputBuffer;
        for (int k = 0; k < outputWidth; k++)
        {
            output[k] = values.get(k);
        }
    }

    @Override
    public void close()
    {
        if (!closed)
        {
            closed = true;
            inputTensor.close();
            outputTensor.close();
            try
            {
                session.close();
            }
            catch (final OrtException ex)
            {
                throw new OnnxScoringException("ONNX Runtime failed closing " + file, ex);
            }
        }
    }

    private static void closeQuietly(final OrtSession session, final List<OnnxProblem> problems)
    {
        if (session != null)
        {
            try
            {
                session.close();
            }
            catch (final OrtException ex)
            {
                problems.add(new OnnxProblem(OnnxPart.FILE, "closing the session failed: " + ex.getMessage()));
            }
        }
    }
}
