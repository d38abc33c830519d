package io.ticksignal.engine.model.onnx;

import java.util.List;

/**
 * Thrown by {@link OnnxScorer#open} when a model cannot be scored as asked; carries every problem found.
 */
public final class OnnxModelException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final transient List<OnnxProblem> problems;

    /**
     * @param file     the model file as given.
     * @param problems the problems, at least one.
     */
    public OnnxModelException(final String file, final List<OnnxProblem> problems)
    {
        super(file + ": " + String.join("; ", problems.stream().map(OnnxProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    /**
     * @return every problem found.
     */
    public List<OnnxProblem> problems()
    {
        return problems == null ? List.of() : problems;
    }
}
