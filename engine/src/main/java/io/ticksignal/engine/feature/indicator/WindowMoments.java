package io.ticksignal.engine.feature.indicator;

/**
 * Running moments of the last {@code windowLength} values: the sum, the sum of squares and the
 * age-weighted sum (age 0 = newest), all taken about a shift {@code K} (a value from the window)
 * so that the variance does not lose digits to cancellation when the values are large relative to
 * their spread. O(1) per push.
 * <p>
 * Re-anchoring: a shadow set of moments (with its own shift, the first value it sees) is built
 * from scratch and replaces the running one as soon as it covers exactly the current window, so
 * rounding error never accumulates over more than {@code 2 * windowLength} pushes.
 * <p>
 * Single-threaded; allocates only in its constructor.
 */
final class WindowMoments
{
    private final double[] window;
    private final int windowLength;
    private int head;
    private int count;
    private double newest;
    private int constantRun;

    private double shift;
    private double sum;
    private double sumSquares;
    private double sumAgeWeighted;

    private double shadowShift;
    private double shadowSum;
    private double shadowSumSquares;
    private double shadowSumAgeWeighted;
    private int shadowCount;

    /**
     * @param windowLength number of values in the window, at least 1.
     */
    WindowMoments(final int windowLength)
    {
        this.windowLength = windowLength;
        this.window = new double[windowLength];
    }

    /**
     * Add a value, dropping the oldest once the window is full.
     *
     * @param value the newest value.
     */
    void push(final double value)
    {
        if (count == 0)
        {
            shift = value;
        }
        if (count > 0 && value == newest)
        {
            constantRun = constantRun < windowLength ? constantRun + 1 : windowLength;
        }
        else
        {
            constantRun = 1;
        }
        newest = value;
        if (count == windowLength)
        {
            final double evicted = window[head] - shift;
            sumAgeWeighted = (sumAgeWeighted - (windowLength - 1) * evicted) + (sum - evicted);
            sum -= evicted;
            sumSquares -= evicted * evicted;
        }
        else
        {
            sumAgeWeighted += sum;
            count++;
        }
        final double shifted = value - shift;
        sum += shifted;
        sumSquares += shifted * shifted;
        window[head] = value;
        head = head + 1 == windowLength ? 0 : head + 1;

        pushShadow(value);
    }

    private void pushShadow(final double value)
    {
        if (shadowCount == 0)
        {
            shadowShift = value;
        }
        final double shifted = value - shadowShift;
        shadowSumAgeWeighted += shadowSum;
        shadowSum += shifted;
        shadowSumSquares += shifted * shifted;
        if (++shadowCount == windowLength)
        {
            shift = shadowShift;
            sum = shadowSum;
            sumSquares = shadowSumSquares;
            sumAgeWeighted = shadowSumAgeWeighted;
            shadowSum = 0.0;
            shadowSumSquares = 0.0;
            shadowSumAgeWeighted = 0.0;
            shadowCount = 0;
        }
    }

    /**
     * @return number of values in the window, at most the window length.
     */
    int count()
    {
        return count;
    }

    /**
     * @return true once the window holds {@code windowLength} values.
     */
    boolean isFull()
    {
        return count == windowLength;
    }

    /**
     * @return true if every value in the (non-empty) window is the same, compared exactly.
     */
    boolean isConstant()
    {
        return count > 0 && constantRun >= count;
    }

    /**
     * @return the shift K the shifted sums are taken about.
     */
    double shift()
    {
        return shift;
    }

    /**
     * @return sum of (value - K) over the window.
     */
    double shiftedSum()
    {
        return sum;
    }

    /**
     * @return sum of (value - K)^2 over the window.
     */
    double shiftedSumSquares()
    {
        return sumSquares;
    }

    /**
     * @return sum of age * (value - K) over the window, age 0 being the newest value.
     */
    double shiftedSumAgeWeighted()
    {
        return sumAgeWeighted;
    }

    /**
     * @return arithmetic mean of the window.
     */
    double mean()
    {
        return shift + sum / count;
    }

    /**
     * @return population variance of the window (divisor n), never negative, exactly 0 for a
     * constant window.
     */
    double populationVariance()
    {
        if (isConstant())
        {
            return 0.0;
        }
        final double meanShifted = sum / count;
        final double variance = sumSquares / count - meanShifted * meanShifted;
        return variance > 0.0 ? variance : 0.0;
    }

    /**
     * @param age 0 for the newest value, {@code count() - 1} for the oldest.
     * @return the value pushed {@code age} pushes ago.
     */
    double get(final int age)
    {
        final int index = head - 1 - age;
        return window[index < 0 ? index + windowLength : index];
    }

    /**
     * Forget all values.
     */
    void reset()
    {
        head = 0;
        count = 0;
        newest = 0.0;
        constantRun = 0;
        shift = 0.0;
        sum = 0.0;
        sumSquares = 0.0;
        sumAgeWeighted = 0.0;
        shadowShift = 0.0;
        shadowSum = 0.0;
        shadowSumSquares = 0.0;
        shadowSumAgeWeighted = 0.0;
        shadowCount = 0;
    }
}
