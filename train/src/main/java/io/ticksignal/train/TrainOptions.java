package io.ticksignal.train;

/**
 * What {@code ticksignal train} was asked to do. Validate with {@link #validate()}.
 *
 * @param model           which trainer.
 * @param split           chronological split or walk-forward plan.
 * @param classWeighting  sample weights against imbalance.
 * @param l2              logistic: penalty on the standardised coefficients, at least 0.
 * @param trees           gbdt: boosting rounds, at least 1.
 * @param depth           gbdt: maximum tree depth, 1..16.
 * @param learningRate    gbdt: shrinkage, in (0, 1].
 * @param minLeaf         gbdt: minimum rows per leaf, at least 1.
 * @param leafL2          gbdt: L2 penalty on leaf values, at least 0.
 * @param validationShare walk-forward: share of each window's training block used for validation, in (0, 1).
 * @param signalShare     share of validation rows the thresholds let signal, in (0, 1).
 * @param embargo         rows purged before each split boundary; negative = the label horizon H.
 */
public record TrainOptions(
    ModelKind model,
    SplitSpec split,
    ClassWeighting classWeighting,
    double l2,
    int trees,
    int depth,
    double learningRate,
    int minLeaf,
    double leafL2,
    double validationShare,
    double signalShare,
    int embargo)
{
    /** Default {@link #l2}. */
    public static final double DEFAULT_L2 = 1.0;
    /** Default {@link #trees}. */
    public static final int DEFAULT_TREES = 100;
    /** Default {@link #depth}. */
    public static final int DEFAULT_DEPTH = 4;
    /** Default {@link #learningRate}. */
    public static final double DEFAULT_LEARNING_RATE = 0.1;
    /** Default {@link #minLeaf}. */
    public static final int DEFAULT_MIN_LEAF = 20;
    /** Default {@link #leafL2}. */
    public static final double DEFAULT_LEAF_L2 = 1.0;
    /** Default {@link #validationShare}. */
    public static final double DEFAULT_VALIDATION_SHARE = 0.2;
    /** Default {@link #signalShare}. */
    public static final double DEFAULT_SIGNAL_SHARE = 0.2;

    /**
     * @param model which trainer.
     * @param split the split.
     * @return options with every default.
     */
    public static TrainOptions defaults(final ModelKind model, final SplitSpec split)
    {
        return new TrainOptions(model, split, ClassWeighting.BALANCED, DEFAULT_L2, DEFAULT_TREES, DEFAULT_DEPTH,
            DEFAULT_LEARNING_RATE, DEFAULT_MIN_LEAF, DEFAULT_LEAF_L2, DEFAULT_VALIDATION_SHARE, DEFAULT_SIGNAL_SHARE,
            -1);
    }

    /**
     * @return this.
     * @throws TrainingException naming the first option out of range.
     */
    public TrainOptions validate()
    {
        require(l2 >= 0.0 && Double.isFinite(l2), "--l2 " + l2 + ": must be a number >= 0");
        require(trees >= 1, "--trees " + trees + ": must be at least 1");
        require(depth >= 1 && depth <= 16, "--depth " + depth + ": must be 1..16");
        require(learningRate > 0.0 && learningRate <= 1.0, "--learning-rate " + learningRate + ": must be in (0, 1]");
        require(minLeaf >= 1, "--min-leaf " + minLeaf + ": must be at least 1");
        require(leafL2 >= 0.0 && Double.isFinite(leafL2), "--leaf-l2 " + leafL2 + ": must be a number >= 0");
        require(validationShare > 0.0 && validationShare < 1.0, "--validation-share " + validationShare
            + ": must be in (0, 1)");
        require(signalShare > 0.0 && signalShare < 1.0, "--signal-share " + signalShare + ": must be in (0, 1)");
        return this;
    }

    private static void require(final boolean condition, final String message)
    {
        if (!condition)
        {
            throw new TrainingException(message);
        }
    }

    /**
     * @param embargo the new embargo.
     * @return a copy with that embargo.
     */
    public TrainOptions withEmbargo(final int embargo)
    {
        return new TrainOptions(model, split, classWeighting, l2, trees, depth, learningRate, minLeaf, leafL2,
            validationShare, signalShare, embargo);
    }
}
