package io.ticksignal.engine.model.onnx;

/**
 * Session options for an {@link OnnxScorer}. The session always runs in sequential execution mode with intra-op
 * thread spinning off (a scorer runs on the pipeline thread; extra pool threads would only compete for cores).
 *
 * @param intraOpThreads threads used inside one operator, at least 1; 1 (the default) runs everything on the
 *                       calling thread.
 * @param interOpThreads threads used across operators, at least 1 (sequential mode uses the calling thread).
 * @param optimization   graph optimisation level.
 */
public record OnnxScorerOptions(int intraOpThreads, int interOpThreads, OnnxOptimization optimization)
{
    /**
     * Checks the thread counts.
     */
    public OnnxScorerOptions
    {
        if (intraOpThreads < 1 || interOpThreads < 1)
        {
            throw new IllegalArgumentException("ONNX Runtime thread counts must be at least 1");
        }
        if (optimization == null)
        {
            throw new IllegalArgumentException("optimization must be given");
        }
    }

    /**
     * @return 1 intra-op thread, 1 inter-op thread, all optimisations.
     */
    public static OnnxScorerOptions defaults()
    {
        return new OnnxScorerOptions(1, 1, OnnxOptimization.ALL);
    }
}
