package io.ticksignal.engine.feature.window;

/**
 * Ordinary least squares of y on x over the last {@code windowLength} (x, y) pairs, O(1) per push: slope, means
 * and squared correlation. As {@link WindowVariance} does for one variable, x and y are taken about shifts (the
 * first pair of each anchoring epoch) with the differences kept exactly, and compensated running sums of the
 * differences and of their exact products are combined in double-double arithmetic into centred sums
 * ({@code Sxy - Sx Sy / n} and so on), so pairs far from the origin relative to their spread (a bar counter against
 * prices) keep their digits.
 * <p>
 * Re-anchoring: a shadow set of sums built from scratch replaces the running one whenever it covers exactly the
 * current window, so rounding error never builds up over more than {@code 2 * windowLength} pushes. Whether all x
 * (or all y) in the window are equal is tracked exactly, so a degenerate window is recognised without rounding.
 * <p>
 * Single-threaded; allocates only in its constructor.
 */
public final class WindowRegression
{
    private static final int X = 0;
    private static final int Y = 1;
    private static final int XX = 2;
    private static final int XY = 3;
    private static final int YY = 4;
    private static final int SUMS = 5;

    private final DoubleRing xs;
    private final DoubleRing ys;
    private final int windowLength;
    private final CompensatedSum[] sums = new CompensatedSum[SUMS];
    private final CompensatedSum[] shadowSums = new CompensatedSum[SUMS];
    private double shiftX;
    private double shiftY;
    private double shadowShiftX;
    private double shadowShiftY;
    private double newestX;
    private double newestY;
    private int equalRunX;
    private int equalRunY;
    private int shadowCount;

    /**
     * @param windowLength number of pairs in the window, at least 2.
     */
    public WindowRegression(final int windowLength)
    {
        this.windowLength = ArgumentChecks.requireAtLeast("windowLength", windowLength, 2);
        this.xs = new DoubleRing(windowLength);
        this.ys = new DoubleRing(windowLength);
        for (int i = 0; i < SUMS; i++)
        {
            sums[i] = new CompensatedSum();
            shadowSums[i] = new CompensatedSum();
        }
    }

    /**
     * Add a pair, dropping the oldest once the window is full.
     *
     * @param x regressor, finite.
     * @param y response, finite.
     */
    public void push(final double x, final double y)
    {
        final boolean hasValues = xs.count() > 0;
        if (!hasValues)
        {
            shiftX = x;
            shiftY = y;
        }
        if (shadowCount == 0)
        {
            shadowShiftX = x;
            shadowShiftY = y;
        }
        equalRunX = hasValues && x == newestX ? Math.min(equalRunX + 1, windowLength) : 1;
        equalRunY = hasValues && y == newestY ? Math.min(equalRunY + 1, windowLength) : 1;
        newestX = x;
        newestY = y;
        if (xs.isFull())
        {
            addPair(sums, xs.oldest(), ys.oldest(), shiftX, shiftY, -1.0);
        }
        xs.push(x);
        ys.push(y);
        addPair(sums, x, y, shiftX, shiftY, 1.0);
        addPair(shadowSums, x, y, shadowShiftX, shadowShiftY, 1.0);
        if (++shadowCount == windowLength)
        {
            shiftX = shadowShiftX;
            shiftY = shadowShiftY;
            for (int i = 0; i < SUMS; i++)
            {
                sums[i].copyFrom(shadowSums[i]);
                shadowSums[i].reset();
            }
            shadowCount = 0;
        }
    }

    /**
     * Adds (sign +1) or removes (sign -1) the terms of one pair about the given shifts: dx = x - shiftX and
     * dy = y - shiftY are kept with their rounding errors so that every term is exact to double-double precision,
     * and negation is exact, so removal cancels addition.
     */
    private static void addPair(
        final CompensatedSum[] target, final double x, final double y, final double shiftX, final double shiftY,
        final double sign)
    {
        final double dx = x - shiftX;
        final double dy = y - shiftY;
        final double errorX = ExactArithmetic.differenceError(x, shiftX, dx);
        final double errorY = ExactArithmetic.differenceError(y, shiftY, dy);
        final double signedX = sign * dx;
        final double signedY = sign * dy;
        target[X].add(signedX);
        target[X].add(sign * errorX);
        target[Y].add(signedY);
        target[Y].add(sign * errorY);
        target[XX].addProduct(signedX, dx);
        target[XX].add(sign * ((2.0 * dx + errorX) * errorX));
        target[XY].addProduct(signedX, dy);
        target[XY].add(sign * (dx * errorY + errorX * (dy + errorY)));
        target[YY].addProduct(signedY, dy);
        target[YY].add(sign * ((2.0 * dy + errorY) * errorY));
    }

    /**
     * @return true once the window holds {@code windowLength} pairs.
     */
    public boolean isFull()
    {
        return xs.isFull();
    }

    /**
     * @return number of pairs in the window.
     */
    public int count()
    {
        return xs.count();
    }

    /**
     * @return true if every x in the (non-empty) window is the same, compared exactly.
     */
    public boolean isConstantX()
    {
        return xs.count() > 0 && equalRunX >= xs.count();
    }

    /**
     * @return true if every y in the (non-empty) window is the same, compared exactly.
     */
    public boolean isConstantY()
    {
        return ys.count() > 0 && equalRunY >= ys.count();
    }

    /**
     * @return the OLS slope {@code Sxy / Sxx} of the centred sums over the window, NaN if the x values do not vary
     * (or the window is empty); exactly 0 if the y values do not vary.
     */
    public double slope()
    {
        if (xs.count() == 0 || isConstantX())
        {
            return Double.NaN;
        }
        if (isConstantY())
        {
            return 0.0;
        }
        final double centredXx = centred(X, X, XX);
        return centredXx > 0.0 ? centred(X, Y, XY) / centredXx : Double.NaN;
    }

    /**
     * @return the mean of the window's x values; NaN while empty.
     */
    public double meanX()
    {
        return isConstantX() ? newestX : shiftX + sums[X].value() / xs.count();
    }

    /**
     * @return the mean of the window's y values; NaN while empty.
     */
    public double meanY()
    {
        return isConstantY() ? newestY : shiftY + sums[Y].value() / ys.count();
    }

    /**
     * @return the squared correlation of x and y over the window, in [0, 1]; 0 when either does not vary.
     */
    public double rSquared()
    {
        if (xs.count() == 0 || isConstantX() || isConstantY())
        {
            return 0.0;
        }
        final double centredXx = centred(X, X, XX);
        final double centredYy = centred(Y, Y, YY);
        if (!(centredXx > 0.0) || !(centredYy > 0.0))
        {
            return 0.0;
        }
        final double centredXy = centred(X, Y, XY);
        return Math.min(1.0, (centredXy / centredXx) * (centredXy / centredYy));
    }

    private double centred(final int a, final int b, final int product)
    {
        return WindowVariance.centredProductSum(sums[a], sums[b], sums[product], xs.count());
    }

    /**
     * Forget all pairs.
     */
    public void reset()
    {
        xs.reset();
        ys.reset();
        shiftX = 0.0;
        shiftY = 0.0;
        shadowShiftX = 0.0;
        shadowShiftY = 0.0;
        newestX = 0.0;
        newestY = 0.0;
        equalRunX = 0;
        equalRunY = 0;
        shadowCount = 0;
        for (int i = 0; i < SUMS; i++)
        {
            sums[i].reset();
            shadowSums[i].reset();
        }
    }
}
