package io.ticksignal.engine.feature.microstructure;

/**
 * Ordinary least squares slope of y on x over the last {@code windowLength} (x, y) pairs, O(1) per push.
 * The sums of x, y, x*x and x*y are taken about shifts (the window's means when each anchoring epoch starts; the
 * first pair at the very start) to avoid cancellation, and re-anchored: a shadow set of sums built from scratch replaces the running one whenever it
 * covers exactly the current window, so rounding error never builds up over more than {@code 2 * windowLength}
 * pushes.
 * <p>
 * Single-threaded; allocates only in its constructor.
 */
final class WindowRegression
{
    private final double[] xs;
    private final double[] ys;
    private final int windowLength;
    private int head;
    private int count;

    private double shiftX;
    private double shiftY;
    private double sumX;
    private double sumY;
    private double sumXx;
    private double sumXy;

    private double shadowShiftX;
    private double shadowShiftY;
    private double shadowSumX;
    private double shadowSumY;
    private double shadowSumXx;
    private double shadowSumXy;
    private int shadowCount;

    /**
     * @param windowLength number of pairs in the window, at least 2.
     */
    WindowRegression(final int windowLength)
    {
        this.windowLength = windowLength;
        this.xs = new double[windowLength];
        this.ys = new double[windowLength];
    }

    /**
     * Add a pair, dropping the oldest once the window is full.
     *
     * @param x regressor, finite.
     * @param y response, finite.
     */
    void push(final double x, final double y)
    {
        if (count == 0)
        {
            shiftX = x;
            shiftY = y;
        }
        if (count == windowLength)
        {
            final double oldX = xs[head] - shiftX;
            final double oldY = ys[head] - shiftY;
            sumX -= oldX;
            sumY -= oldY;
            sumXx -= oldX * oldX;
            sumXy -= oldX * oldY;
        }
        else
        {
            count++;
        }
        final double dx = x - shiftX;
        final double dy = y - shiftY;
        sumX += dx;
        sumY += dy;
        sumXx += dx * dx;
        sumXy += dx * dy;
        xs[head] = x;
        ys[head] = y;
        head = head + 1 == windowLength ? 0 : head + 1;
        pushShadow(x, y);
    }

    private void pushShadow(final double x, final double y)
    {
        if (shadowCount == 0)
        {
            // the current window's means (the live sums already hold this pair): centred sums for the new epoch
            shadowShiftX = shiftX + sumX / count;
            shadowShiftY = shiftY + sumY / count;
        }
        final double dx = x - shadowShiftX;
        final double dy = y - shadowShiftY;
        shadowSumX += dx;
        shadowSumY += dy;
        shadowSumXx += dx * dx;
        shadowSumXy += dx * dy;
        if (++shadowCount == windowLength)
        {
            shiftX = shadowShiftX;
            shiftY = shadowShiftY;
            sumX = shadowSumX;
            sumY = shadowSumY;
            sumXx = shadowSumXx;
            sumXy = shadowSumXy;
            shadowSumX = 0.0;
            shadowSumY = 0.0;
            shadowSumXx = 0.0;
            shadowSumXy = 0.0;
            shadowCount = 0;
        }
    }

    /**
     * @return true once the window holds {@code windowLength} pairs.
     */
    boolean isFull()
    {
        return count == windowLength;
    }

    /**
     * @return the OLS slope {@code (n*Sxy - Sx*Sy) / (n*Sxx - Sx^2)} over the window, NaN if the x values do not
     * vary (or the window is empty).
     */
    double slope()
    {
        final double denominator = count * sumXx - sumX * sumX;
        if (!(denominator > 0.0))
        {
            return Double.NaN;
        }
        return (count * sumXy - sumX * sumY) / denominator;
    }

    /**
     * Forget all pairs.
     */
    void reset()
    {
        head = 0;
        count = 0;
        shiftX = 0.0;
        shiftY = 0.0;
        sumX = 0.0;
        sumY = 0.0;
        sumXx = 0.0;
        sumXy = 0.0;
        shadowShiftX = 0.0;
        shadowShiftY = 0.0;
        shadowSumX = 0.0;
        shadowSumY = 0.0;
        shadowSumXx = 0.0;
        shadowSumXy = 0.0;
        shadowCount = 0;
    }
}
