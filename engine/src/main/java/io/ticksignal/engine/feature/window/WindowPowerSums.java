package io.ticksignal.engine.feature.window;

/**
 * Running sums of the first four powers of {@code (value - K)} over the last {@code windowLength}
 * values, K a shift near the window's mean, giving the population central moments m2, m3 and m4
 * in O(1) per push (for skewness and kurtosis; {@link WindowVariance} covers the first two, more accurately).
 * <p>
 * Re-anchoring as in {@link WindowVariance}: a shadow set of sums, shifted by the running mean at the
 * moment it starts, is built from scratch and replaces the running one as soon as it covers exactly
 * the current window, so rounding error never accumulates over more than {@code 2 * windowLength}
 * pushes. A window whose values are all equal has central moments exactly 0.
 * <p>
 * Fourth powers amplify a stale shift: when the mean has moved several standard deviations from K
 * (a change of regime), or a value far from the rest has just left the window, the sums are much
 * larger than the central moments they give and rounding shows. So after each push the largest
 * sum since the last anchor is compared with the central moment; beyond {@link #CONDITION_LIMIT}
 * the sums are rebuilt about the window's two-pass mean, an O(n) step that steady data never takes.
 * <p>
 * Single-threaded; allocates only in its constructor.
 */
public final class WindowPowerSums
{
    /**
     * Largest tolerated ratio of a power sum (since the last anchor) to n times its central moment, for the 2nd
     * and 4th powers; it bounds the relative rounding error of m2 and m4 near 1e3 * (2n + 4) ulps.
     */
    public static final double CONDITION_LIMIT = 1e3;

    private final double[] window;
    private final int windowLength;
    private int head;
    private int count;
    private double newest;
    private int constantRun;

    private double shift;
    private double sum1;
    private double sum2;
    private double sum3;
    private double sum4;

    private double shadowShift;
    private double shadowSum1;
    private double shadowSum2;
    private double shadowSum3;
    private double shadowSum4;
    private int shadowCount;

    private double peakSum2;
    private double peakSum4;

    /**
     * @param windowLength number of values in the window, at least 1.
     */
    public WindowPowerSums(final int windowLength)
    {
        this.windowLength = ArgumentChecks.requireAtLeast("windowLength", windowLength, 1);
        this.window = new double[windowLength];
    }

    /**
     * Add a value, dropping the oldest once the window is full.
     *
     * @param value the newest value, finite.
     */
    public void push(final double value)
    {
        if (shadowCount == 0)
        {
            shadowShift = count == 0 ? value : shift + sum1 / count;
        }
        if (count == 0)
        {
            shift = value;
        }
        constantRun = count > 0 && value == newest ? Math.min(constantRun + 1, windowLength) : 1;
        newest = value;
        if (count == windowLength)
        {
            final double evicted = window[head] - shift;
            final double evictedSquared = evicted * evicted;
            sum1 -= evicted;
            sum2 -= evictedSquared;
            sum3 -= evictedSquared * evicted;
            sum4 -= evictedSquared * evictedSquared;
        }
        else
        {
            count++;
        }
        final double shifted = value - shift;
        final double shiftedSquared = shifted * shifted;
        sum1 += shifted;
        sum2 += shiftedSquared;
        sum3 += shiftedSquared * shifted;
        sum4 += shiftedSquared * shiftedSquared;
        window[head] = value;
        head = head + 1 == windowLength ? 0 : head + 1;

        pushShadow(value);
        peakSum2 = Math.max(peakSum2, sum2);
        peakSum4 = Math.max(peakSum4, sum4);
        if (count > 1 && !isConstant() && isIllConditioned())
        {
            anchorAtMean();
        }
    }

    private boolean isIllConditioned()
    {
        final double limit = CONDITION_LIMIT * count;
        return peakSum2 > limit * centralMoment2() || peakSum4 > limit * centralMoment4();
    }

    private void anchorAtMean()
    {
        double mean = 0.0;
        for (int age = 0; age < count; age++)
        {
            mean += get(age);
        }
        shift = mean / count;
        sum1 = 0.0;
        sum2 = 0.0;
        sum3 = 0.0;
        sum4 = 0.0;
        for (int age = count - 1; age >= 0; age--)
        {
            final double shifted = get(age) - shift;
            final double shiftedSquared = shifted * shifted;
            sum1 += shifted;
            sum2 += shiftedSquared;
            sum3 += shiftedSquared * shifted;
            sum4 += shiftedSquared * shiftedSquared;
        }
        peakSum2 = sum2;
        peakSum4 = sum4;
        shadowSum1 = 0.0;
        shadowSum2 = 0.0;
        shadowSum3 = 0.0;
        shadowSum4 = 0.0;
        shadowCount = 0;
    }

    private double get(final int age)
    {
        final int index = head - 1 - age;
        return window[index < 0 ? index + windowLength : index];
    }

    private void pushShadow(final double value)
    {
        final double shifted = value - shadowShift;
        final double shiftedSquared = shifted * shifted;
        shadowSum1 += shifted;
        shadowSum2 += shiftedSquared;
        shadowSum3 += shiftedSquared * shifted;
        shadowSum4 += shiftedSquared * shiftedSquared;
        if (++shadowCount == windowLength)
        {
            shift = shadowShift;
            sum1 = shadowSum1;
            sum2 = shadowSum2;
            sum3 = shadowSum3;
            sum4 = shadowSum4;
            peakSum2 = sum2;
            peakSum4 = sum4;
            shadowSum1 = 0.0;
            shadowSum2 = 0.0;
            shadowSum3 = 0.0;
            shadowSum4 = 0.0;
            shadowCount = 0;
        }
    }

    /**
     * @return true once the window holds {@code windowLength} values.
     */
    public boolean isFull()
    {
        return count == windowLength;
    }

    /**
     * @return true if every value in the (non-empty) window is the same, compared exactly.
     */
    public boolean isConstant()
    {
        return count > 0 && constantRun >= count;
    }

    /**
     * @return population variance m2 = mean of (x - mean)^2, never negative, exactly 0 for a constant window.
     */
    public double centralMoment2()
    {
        if (isConstant())
        {
            return 0.0;
        }
        final double mean = sum1 / count;
        final double moment = sum2 / count - mean * mean;
        return moment > 0.0 ? moment : 0.0;
    }

    /**
     * @return m3 = mean of (x - mean)^3, exactly 0 for a constant window.
     */
    public double centralMoment3()
    {
        if (isConstant())
        {
            return 0.0;
        }
        final double mean = sum1 / count;
        return sum3 / count - mean * (3.0 * (sum2 / count) - 2.0 * mean * mean);
    }

    /**
     * @return m4 = mean of (x - mean)^4, never negative, exactly 0 for a constant window.
     */
    public double centralMoment4()
    {
        if (isConstant())
        {
            return 0.0;
        }
        final double mean = sum1 / count;
        final double meanSquared = mean * mean;
        final double moment = sum4 / count - mean * (4.0 * (sum3 / count) - mean * (6.0 * (sum2 / count) - 3.0 * meanSquared));
        return moment > 0.0 ? moment : 0.0;
    }

    /**
     * Forget all values.
     */
    public void reset()
    {
        head = 0;
        count = 0;
        newest = 0.0;
        constantRun = 0;
        shift = 0.0;
        sum1 = 0.0;
        sum2 = 0.0;
        sum3 = 0.0;
        sum4 = 0.0;
        shadowShift = 0.0;
        shadowSum1 = 0.0;
        shadowSum2 = 0.0;
        shadowSum3 = 0.0;
        shadowSum4 = 0.0;
        shadowCount = 0;
        peakSum2 = 0.0;
        peakSum4 = 0.0;
    }
}
