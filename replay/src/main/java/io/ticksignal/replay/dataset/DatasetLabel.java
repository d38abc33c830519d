package io.ticksignal.replay.dataset;

import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.model.LabelSpec;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    private static final Pattern SHAPE = Pattern.compile("fwd_return\\(\\s*([^)]*?)\\s*\\)@(\\S+)");
    private static final String EXAMPLE = "write fwd_return(H)@TF with H >= 1 bars, e.g. fwd_return(5)@1m";

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
        final Matcher matcher = SHAPE.matcher(expression.strip());
        if (!matcher.matches())
        {
            throw new DatasetException("--label '" + expression + "' is not a label: " + EXAMPLE);
        }
        final int horizon = horizon(expression, matcher.group(1));
        final Timeframe timeframe = Timeframe.fromConfigName(matcher.group(2));
        if (timeframe == null || timeframe == Timeframe.TICK)
        {
            throw new DatasetException("--label '" + expression + "': '" + matcher.group(2) +
                "' is not a bar timeframe; allowed: " + barTimeframes() + ", e.g. fwd_return(" + horizon + ")@1m");
        }
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
        if (!(value >= 0.0) || Double.isInfinite(value))
        {
            throw new DatasetException("--threshold " + value + " is not allowed: a finite return >= 0 " +
                "(a fraction, 0.001 = 0.1%)");
        }
        return new LabelSpec(horizon, timeframe, classes, value);
    }

    private static int horizon(final String expression, final String text)
    {
        final int horizon;
        try
        {
            horizon = Integer.parseInt(text);
        }
        catch (final NumberFormatException ex)
        {
            throw new DatasetException("--label '" + expression + "': the horizon '" + text +
                "' is not a whole number of bars; " + EXAMPLE, ex);
        }
        if (horizon < 1)
        {
            throw new DatasetException("--label '" + expression + "': the horizon must be at least 1 bar, not " +
                horizon + "; " + EXAMPLE);
        }
        return horizon;
    }

    private static String barTimeframes()
    {
        return Arrays.stream(Timeframe.values()).filter(t -> t != Timeframe.TICK).map(Timeframe::configName)
            .collect(Collectors.joining(", "));
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
