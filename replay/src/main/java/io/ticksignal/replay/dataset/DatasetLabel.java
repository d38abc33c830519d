package io.ticksignal.replay.dataset;

import java.util.List;

import io.ticksignal.engine.model.LabelSpec;

/**
 * Reads a dataset's label from its command-line form: the expression {@code fwd_return(H)@TF} (the forward return
 * {@code close[t + H] / close[t] - 1} of TF bars, H at least 1, TF a bar timeframe), the number of classes (2 or 3)
 * and the symmetric class threshold, into the {@link LabelSpec} that {@code model.yaml} and the engine use. The
 * class rule is {@link LabelSpec#classOf(double)}'s: with 2 classes UP when the return is above the threshold,
 * else DOWN; with 3 classes DOWN below {@code -threshold}, UP above {@code +threshold}, else FLAT (a return exactly
 * at a threshold is FLAT, or DOWN with 2 classes). Stateless; set-up time only.
 */
public final class DatasetLabel
{
    /** The class names with 2 classes, in class-index order. */
    public static final List<String> TWO_CLASSES = List.of("DOWN", "UP");
    /** The class names with 3 classes, in class-index order. */
    public static final List<String> THREE_CLASSES = List.of("DOWN", "FLAT", "UP");

    private DatasetLabel()
    {
    }

    /**
     * @param expression {@code fwd_return(H)@TF}.
     * @param classes    2 or 3.
     * @param threshold  the class threshold, a fraction (0.001 = 0.1%) at least 0; {@code null} for 0 with 2
     *                   classes (required with 3).
     * @return the label.
     * @throws DatasetException naming the problem and showing the accepted form.
     */
    public static LabelSpec parse(final String expression, final int classes, final Double threshold)
    {
        if (classes != 2 && classes != 3)
        {
            throw new DatasetException("--classes " + classes + " is not allowed: 2 (DOWN, UP) or 3 (DOWN, FLAT, UP)");
        }
        if (classes == 3 && threshold == null)
        {
            throw new DatasetException("--classes 3 needs --threshold X: the return band around 0 that is FLAT, " +
                "e.g. --threshold 0.001 for +/-0.1%");
        }
        final double value = threshold == null ? 0.0 : threshold;
        try
        {
            return LabelSpec.parse(expression, classes, value);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new DatasetException((ex.getMessage().startsWith("threshold") ? "--" : "--label ") +
                ex.getMessage(), ex);
        }
    }

    /**
     * @param label a label.
     * @return its class names in class-index order: DOWN, UP or DOWN, FLAT, UP.
     */
    public static List<String> classNames(final LabelSpec label)
    {
        return label.classes() == 2 ? TWO_CLASSES : THREE_CLASSES;
    }
}
