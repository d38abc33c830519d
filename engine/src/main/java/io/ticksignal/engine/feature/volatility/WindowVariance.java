package io.ticksignal.engine.feature.volatility;

/**
 * Sample variance of the last {@code windowLength} values in O(1) per push, from compensated
 * running sums S1 of the values and S2 of their squares. Each square is split exactly into two
 * doubles ({@link ExactProduct}), the sums keep their rounding errors (Neumaier), and
 * {@code M2 = S2 - S1^2 / n} is formed in double-double arithmetic, so the cancellation in that
 * subtraction costs a relative error of about {@code eps^2 (mean / sd)^2} instead of
 * {@code eps (mean / sd)^2}: no value is rounded on the way in, and a window whose standard
 * deviation is a millionth of its mean still gets its variance to about 1e-19 relative.
 * <p>
 * Re-anchoring: a shadow pair of sums is built from scratch and replaces the running pair every
 * {@code windowLength} pushes, when it covers exactly the window, so rounding error never spans
 * more than two windows. A window of equal values has variance exactly 0. Single-threaded;
 * allocates only in its constructor.
 */
final class WindowVariance
{
    private final double[] window;
    private final int windowLength;
    private final CompensatedSum sum = new CompensatedSum();
    private final CompensatedSum sumSquares = new CompensatedSum();
    private final CompensatedSum shadowSum = new CompensatedSum();
    private final CompensatedSum shadowSumSquares = new CompensatedSum();
    private int head;
    private int count;
    private double newest;
    private int equalRun;
    private int shadowCount;

    /**
     * @param windowLength number of values, at least 2.
     */
    WindowVariance(final int windowLength)
    {
        this.windowLength = windowLength;
        this.window = new double[windowLength];
    }

    /**
     * Add a finite value, dropping the oldest once the window is full.
     *
     * @param value the newest value.
     */
    void push(final double value)
    {
        equalRun = count > 0 && value == newest ? Math.min(equalRun + 1, windowLength) : 1;
        newest = value;
        if (count == windowLength)
        {
            final double evicted = window[head];
            sum.add(-evicted);
            final double square = evicted * evicted;
            sumSquares.add(-square);
            sumSquares.addTrailing(-ExactProduct.error(evicted, evicted, square));
        }
        else
        {
            count++;
        }
        window[head] = value;
        head = head + 1 == windowLength ? 0 : head + 1;
        final double square = value * value;
        final double squareError = ExactProduct.error(value, value, square);
        sum.add(value);
        sumSquares.add(square);
        sumSquares.addTrailing(squareError);

        shadowSum.add(value);
        shadowSumSquares.add(square);
        shadowSumSquares.addTrailing(squareError);
        if (++shadowCount == windowLength)
        {
            sum.copyFrom(shadowSum);
            sumSquares.copyFrom(shadowSumSquares);
            shadowSum.reset();
            shadowSumSquares.reset();
            shadowCount = 0;
        }
    }

    /**
     * @return the sample variance (divisor n - 1) of the window, never negative, exactly 0 when all
     * values are equal; meaningful once {@link #isFull()}.
     */
    double sampleVariance()
    {
        if (equalRun >= count)
        {
            return 0.0;
        }
        // S1^2 / n as a double-double (quotientHigh + quotientLow), then S2 - S1^2 / n likewise.
        final double sumHigh = sum.leading();
        final double squareHigh = sumHigh * sumHigh;
        final double squareLow = ExactProduct.error(sumHigh, sumHigh, squareHigh) + 2.0 * sumHigh * sum.trailing();
        final double quotientHigh = squareHigh / count;
        final double quotientLow = (squareLow - ExactProduct.error(quotientHigh, count, squareHigh)) / count;
        final double sumOfSquaredDeviations =
            (sumSquares.leading() - quotientHigh) + (sumSquares.trailing() - quotientLow);
        final double variance = sumOfSquaredDeviations / (count - 1);
        return variance > 0.0 ? variance : 0.0;
    }

    /**
     * @return true once the window holds {@code windowLength} values.
     */
    boolean isFull()
    {
        return count == windowLength;
    }

    /**
     * Forget all values.
     */
    void reset()
    {
        head = 0;
        count = 0;
        newest = 0.0;
        equalRun = 0;
        shadowCount = 0;
        sum.reset();
        sumSquares.reset();
        shadowSum.reset();
        shadowSumSquares.reset();
    }
}
