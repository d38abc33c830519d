package io.ticksignal.engine.feature.window;

/**
 * Mean and variance (population and sample) of the last {@code windowLength} values in O(1) per push, accurate on
 * near-constant windows. The values are taken about a shift K (a value from the recent window), the difference
 * {@code value - K} is kept exactly as two doubles ({@link ExactArithmetic#differenceError}), and compensated running
 * sums S1 of the differences and S2 of their exact squares are combined in double-double arithmetic,
 * {@code M2 = S2 - S1^2 / n}. No value is rounded on the way in, and the cancellation in that subtraction costs a
 * relative error of about {@code n eps^2 (1 + ((mean - K) / sd)^2)}: with the shift, values near 800 that differ in
 * their tenth digit, and windows of two nearly equal returns, keep their variance to about 1e-15 relative. The mean
 * is kept as a double-double too, so {@link #deviationFromMean} keeps its digits when a value sits close to it.
 * <p>
 * Re-anchoring: a shadow pair of sums, with its own shift (the first value it sees), is built from scratch and
 * replaces the running pair every {@code windowLength} pushes, when it covers exactly the window, so rounding error
 * never spans more than two windows. Should the window's spread become tiny next to its distance from the shift
 * (beyond {@link #CONDITION_LIMIT}; two returns one ulp apart after a large one), the sums are rebuilt about the
 * newest value in O(n), a step that ordinary data never takes. A window of equal values has variance exactly 0. Single-threaded; allocates
 * only in its constructor.
 */
public final class WindowVariance
{
    /**
     * Largest tolerated ratio of the shifted sum of squares to the sum of squared deviations; beyond it (a window of
     * nearly equal values far from a stale shift) the sums are rebuilt about the newest value, an O(n) step. At this
     * limit the double-double cancellation still leaves about {@code 2n * 1e16 * eps^2 = n * 2.5e-16} relative.
     */
    static final double CONDITION_LIMIT = 1e16;

    private final DoubleRing window;
    private final int windowLength;
    private final CompensatedSum sum = new CompensatedSum();
    private final CompensatedSum sumSquares = new CompensatedSum();
    private final CompensatedSum shadowSum = new CompensatedSum();
    private final CompensatedSum shadowSumSquares = new CompensatedSum();
    private double shift;
    private double shadowShift;
    private double newest;
    private int equalRun;
    private int shadowCount;

    /**
     * @param windowLength number of values, at least 1 (at least 2 for a sample variance).
     */
    public WindowVariance(final int windowLength)
    {
        this.windowLength = ArgumentChecks.requireAtLeast("windowLength", windowLength, 1);
        this.window = new DoubleRing(windowLength);
    }

    /**
     * Add a finite value, dropping the oldest once the window is full.
     *
     * @param value the newest value.
     */
    public void push(final double value)
    {
        if (window.count() == 0)
        {
            shift = value;
        }
        if (shadowCount == 0)
        {
            shadowShift = value;
        }
        equalRun = window.count() > 0 && value == newest ? Math.min(equalRun + 1, windowLength) : 1;
        newest = value;
        if (window.isFull())
        {
            accumulate(sum, sumSquares, window.oldest(), shift, -1.0);
        }
        window.push(value);
        accumulate(sum, sumSquares, value, shift, 1.0);

        accumulate(shadowSum, shadowSumSquares, value, shadowShift, 1.0);
        if (++shadowCount == windowLength)
        {
            shift = shadowShift;
            sum.copyFrom(shadowSum);
            sumSquares.copyFrom(shadowSumSquares);
            shadowSum.reset();
            shadowSumSquares.reset();
            shadowCount = 0;
        }
        if (window.count() > 1 && !isConstant() &&
            sumSquares.leading() > CONDITION_LIMIT * centredProductSum(sum, sum, sumSquares, window.count()))
        {
            anchorAtNewest();
        }
    }

    private void anchorAtNewest()
    {
        shift = newest;
        sum.reset();
        sumSquares.reset();
        for (int age = window.count() - 1; age >= 0; age--)
        {
            accumulate(sum, sumSquares, window.get(age), shift, 1.0);
        }
        shadowSum.reset();
        shadowSumSquares.reset();
        shadowCount = 0;
    }

    /**
     * Adds (sign +1) or removes (sign -1) {@code d = value - shift} exactly to the sum and its square to the sum of
     * squares: d is split into its rounded value and rounding error, d^2 = high^2 + (2 high + error) error, the last
     * term small enough that its own rounding is below double-double precision.
     */
    private static void accumulate(
        final CompensatedSum sum, final CompensatedSum sumSquares, final double value, final double shift,
        final double sign)
    {
        final double high = value - shift;
        final double error = ExactArithmetic.differenceError(value, shift, high);
        final double signedHigh = sign * high;
        sum.add(signedHigh);
        sum.add(sign * error);
        sumSquares.addProduct(signedHigh, high);
        sumSquares.add(sign * ((2.0 * high + error) * error));
    }

    /**
     * @return the arithmetic mean of the window; NaN while empty.
     */
    public double mean()
    {
        if (isConstant())
        {
            return newest;
        }
        final int count = window.count();
        final double high = sum.leading() / count;
        return shift + (high + lowPartOfMean(high, count));
    }

    /**
     * @param value a value, typically one in the window.
     * @return {@code value - mean()}, computed against the double-double mean so that it keeps its digits when value
     * is close to the mean; exactly 0 for a constant window holding value.
     */
    public double deviationFromMean(final double value)
    {
        if (isConstant())
        {
            return value - newest;
        }
        final int count = window.count();
        final double high = sum.leading() / count;
        final double shifted = value - shift;
        final double shiftedError = ExactArithmetic.differenceError(value, shift, shifted);
        return (shifted - high) + (shiftedError - lowPartOfMean(high, count));
    }

    private double lowPartOfMean(final double high, final int count)
    {
        return (sum.trailing() - ExactArithmetic.productError(high, count, sum.leading())) / count;
    }

    /**
     * @return sum of squared deviations from the mean over the window, never negative, exactly 0 when all values
     * are equal.
     */
    public double sumOfSquaredDeviations()
    {
        if (isConstant())
        {
            return 0.0;
        }
        final double squaredDeviations = centredProductSum(sum, sum, sumSquares, window.count());
        return squaredDeviations > 0.0 ? squaredDeviations : 0.0;
    }

    /**
     * @return the population variance (divisor n) of the window, never negative, exactly 0 for a constant window.
     */
    public double populationVariance()
    {
        return sumOfSquaredDeviations() / window.count();
    }

    /**
     * @return the sample variance (divisor n - 1) of the window, never negative, exactly 0 for a constant window;
     * meaningful once the window holds at least 2 values.
     */
    public double sampleVariance()
    {
        return sumOfSquaredDeviations() / (window.count() - 1);
    }

    /**
     * @return true if every value in the (non-empty) window is the same, compared exactly.
     */
    public boolean isConstant()
    {
        return window.count() > 0 && equalRun >= window.count();
    }

    /**
     * @param age 0 for the newest value, {@code count() - 1} for the oldest.
     * @return the value pushed {@code age} pushes ago.
     */
    public double get(final int age)
    {
        return window.get(age);
    }

    /**
     * @return number of values in the window, at most the window length.
     */
    public int count()
    {
        return window.count();
    }

    /**
     * @return true once the window holds {@code windowLength} values.
     */
    public boolean isFull()
    {
        return window.isFull();
    }

    /**
     * Forget all values.
     */
    public void reset()
    {
        window.reset();
        shift = 0.0;
        shadowShift = 0.0;
        newest = 0.0;
        equalRun = 0;
        shadowCount = 0;
        sum.reset();
        sumSquares.reset();
        shadowSum.reset();
        shadowSumSquares.reset();
    }

    /**
     * {@code Sab - Sa * Sb / n} (the centred cross-product sum) in double-double arithmetic, from compensated sums
     * read as double-doubles; the final subtraction is where cancellation happens, and both its operands carry about
     * twice the digits of a double into it.
     *
     * @param sumA        compensated sum of a (shifted by any constant, the same for every term).
     * @param sumB        compensated sum of b.
     * @param sumProducts compensated sum of the exact products a * b.
     * @param count       number of terms, at least 1.
     * @return the centred sum of products, possibly slightly negative by rounding when a == b.
     */
    static double centredProductSum(
        final CompensatedSum sumA, final CompensatedSum sumB, final CompensatedSum sumProducts, final int count)
    {
        final double highA = sumA.leading();
        final double highB = sumB.leading();
        final double productHigh = highA * highB;
        final double productLow =
            ExactArithmetic.productError(highA, highB, productHigh) + highA * sumB.trailing() + sumA.trailing() * highB;
        final double quotientHigh = productHigh / count;
        final double quotientLow = (productLow - ExactArithmetic.productError(quotientHigh, count, productHigh)) / count;
        return (sumProducts.leading() - quotientHigh) + (sumProducts.trailing() - quotientLow);
    }
}
