package io.ticksignal.train;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How rows are split, always by row order (time order), never shuffled:
 * <ul>
 *     <li>{@code --split TRAIN/VALIDATION/TEST} percentages summing to 100: rows {@code [0, n*T/100)} train,
 *     {@code [n*T/100, n*(T+V)/100)} validation, the rest test (cuts rounded down);</li>
 *     <li>{@code --walk-forward train=N,test=M,step=K} in rows: window w (from 1) starts at {@code s = (w-1) K};
 *     {@code [s, s+N)} is its training block, whose last {@code round(N * validationShare)} rows are the validation
 *     rows, {@code [s+N, s+N+M)} its test rows; windows continue while {@code s+N+M <= n}.</li>
 * </ul>
 * Purging: the last {@code embargo} rows before each boundary (of the fit rows and of the validation rows) are
 * dropped, since their labels look {@code H} bars ahead into the next part. Immutable.
 */
public final class SplitSpec
{
    private static final Pattern PERCENTAGES = Pattern.compile("(\\d+)/(\\d+)/(\\d+)");
    private static final Pattern WALK_FORWARD = Pattern.compile("train=(\\d+),test=(\\d+),step=(\\d+)");

    private final int[] percentages;
    private final int[] walkForward;

    private SplitSpec(final int[] percentages, final int[] walkForward)
    {
        this.percentages = percentages;
        this.walkForward = walkForward;
    }

    /**
     * @param text e.g. {@code 60/20/20}.
     * @return the chronological split.
     * @throws TrainingException when it is not three whole numbers summing to 100 with train and validation above 0.
     */
    public static SplitSpec percentages(final String text)
    {
        final Matcher matcher = PERCENTAGES.matcher(text.strip());
        if (!matcher.matches())
        {
            throw new TrainingException("--split '" + text + "' is not TRAIN/VALIDATION/TEST percentages, e.g."
                + " 60/20/20");
        }
        final int[] parts = {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3))};
        if (parts[0] + parts[1] + parts[2] != 100 || parts[0] == 0 || parts[1] == 0)
        {
            throw new TrainingException("--split '" + text + "': the three percentages must sum to 100, with train"
                + " and validation above 0 (validation rows fit the calibration and thresholds), e.g. 60/20/20");
        }
        return new SplitSpec(parts, null);
    }

    /**
     * @param text e.g. {@code train=5000,test=1000,step=1000}.
     * @return the walk-forward plan.
     * @throws TrainingException when it does not parse or a number is 0.
     */
    public static SplitSpec walkForward(final String text)
    {
        final Matcher matcher = WALK_FORWARD.matcher(text.replace(" ", ""));
        if (!matcher.matches())
        {
            throw new TrainingException("--walk-forward '" + text + "' is not train=N,test=M,step=K (rows), e.g."
                + " train=5000,test=1000,step=1000");
        }
        final int[] parts = {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3))};
        if (parts[0] == 0 || parts[1] == 0 || parts[2] == 0)
        {
            throw new TrainingException("--walk-forward '" + text + "': train, test and step must be above 0 rows");
        }
        return new SplitSpec(null, parts);
    }

    /**
     * @return whether this is a walk-forward plan.
     */
    public boolean isWalkForward()
    {
        return walkForward != null;
    }

    @Override
    public String toString()
    {
        return walkForward == null ? "split " + percentages[0] + "/" + percentages[1] + "/" + percentages[2]
            : "walk-forward train=" + walkForward[0] + ",test=" + walkForward[1] + ",step=" + walkForward[2];
    }

    /**
     * @param rows            dataset rows.
     * @param validationShare walk-forward: share of each training block used for validation.
     * @param embargo         rows purged before each boundary.
     * @return the folds in time order.
     * @throws TrainingException when the dataset is too short for the plan.
     */
    List<Fold> folds(final int rows, final double validationShare, final int embargo)
    {
        final List<Fold> folds = new ArrayList<>();
        if (walkForward == null)
        {
            final int trainEnd = (int)((long)rows * percentages[0] / 100);
            final int validationEnd = (int)((long)rows * (percentages[0] + percentages[1]) / 100);
            folds.add(fold("split", 0, trainEnd, validationEnd, rows, embargo));
            return folds;
        }
        final int train = walkForward[0];
        final int test = walkForward[1];
        final int validation = (int)Math.round(train * validationShare);
        for (int start = 0, w = 1; (long)start + train + test <= rows; start += walkForward[2], w++)
        {
            folds.add(fold("window" + w, start, start + train - validation, start + train, start + train + test,
                embargo));
        }
        if (folds.isEmpty())
        {
            throw new TrainingException("--walk-forward: the dataset has " + rows + " rows, fewer than one window"
                + " (train " + train + " + test " + test + "); use smaller windows or more data");
        }
        return folds;
    }

    private static Fold fold(final String name, final int start, final int validationStart, final int testStart,
        final int end, final int embargo)
    {
        final Fold fold = new Fold(name, new RowRange(start, Math.max(start, validationStart - embargo)),
            new RowRange(validationStart, Math.max(validationStart, testStart - embargo)),
            new RowRange(testStart, end));
        if (fold.fit().size() < 2 || fold.validation().size() < 2)
        {
            throw new TrainingException(name + ": " + fold.fit().size() + " training and " + fold.validation().size()
                + " validation rows (rows " + start + ".." + end + ", " + embargo + " purged before each boundary);"
                + " at least 2 of each are needed: use more rows, larger shares, or a smaller --embargo");
        }
        return fold;
    }
}
