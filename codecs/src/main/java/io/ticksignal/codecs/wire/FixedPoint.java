package io.ticksignal.codecs.wire;

import java.math.BigDecimal;

/**
 * Exact conversions of the schema's {@code Decimal64} fixed-point values, where
 * value = mantissa * 10^exponent, the mantissa a signed 64-bit integer and the exponent in
 * [{@link #MIN_EXPONENT}, {@link #MAX_EXPONENT}] (427.55 at price scale 2 is mantissa 42755,
 * exponent -2).
 * <p>
 * Outcomes that can go wrong are reported, never hidden: {@link #rescale(long, int, int)} answers
 * {@link #NOT_EXACT} when the exact result does not exist as a {@code long} mantissa, and
 * {@link #rescaleOutcome(long, int, int)} says why, as one of {@link #EXACT},
 * {@link #PRECISION_LOSS}, {@link #OVERFLOW}, {@link #INVALID_EXPONENT} or {@link #NULL_VALUE}.
 * Nothing here rounds silently and nothing throws.
 * <p>
 * The mantissa {@link #NULL_MANTISSA} ({@link Long#MIN_VALUE}) is the schema's null value for the
 * mantissa, outside its valid range; it is never a result of {@link #rescale(long, int, int)}. As an
 * input, {@link #toDouble(long, int)} answers {@link Double#NaN} for it and rescaling reports
 * {@link #NULL_VALUE}; {@link #compare(long, int, long, int)} orders it below every other value.
 * <p>
 * The text readers of {@code io.ticksignal.codecs.text} deliver their decimals in the same
 * mantissa/exponent form and use these methods too; a price scale of n decimal places is the
 * exponent -n (see {@link #isValidScale(int)}).
 * <p>
 * Thread-safety: stateless, safe from any thread. Allocation: none, except
 * {@link #toPlainString(long, int)}, which builds a {@code String} for messages and tools; powers
 * of ten and five are taken from tables built once when the class is loaded.
 */
public final class FixedPoint
{
    /**
     * Smallest exponent a Decimal64 may carry: -18, as the schema declares.
     */
    public static final int MIN_EXPONENT = -18;

    /**
     * Largest exponent a Decimal64 may carry: 18, as the schema declares.
     */
    public static final int MAX_EXPONENT = 18;

    /**
     * Most decimal places a value may be fixed at, 18: a scale of n decimal places is the exponent
     * -n, so scales run from 0 to -{@link #MIN_EXPONENT}.
     */
    public static final int MAX_SCALE = -MIN_EXPONENT;

    /**
     * The schema's null value of the int64 mantissa, {@link Long#MIN_VALUE}; not a valid mantissa.
     */
    public static final long NULL_MANTISSA = Long.MIN_VALUE;

    /**
     * Sentinel returned by {@link #rescale(long, int, int)} when no exact result exists; equal to
     * {@link #NULL_MANTISSA}, which is never a valid result, so it cannot be mistaken for one.
     */
    public static final long NOT_EXACT = NULL_MANTISSA;

    /**
     * Outcome: the rescaled mantissa represents exactly the same value.
     */
    public static final int EXACT = 0;

    /**
     * Outcome: the target exponent is coarser and the value has non-zero digits below it
     * (e.g. 427.555 to two decimals).
     */
    public static final int PRECISION_LOSS = 1;

    /**
     * Outcome: the target exponent is finer and the rescaled mantissa does not fit in a {@code long}.
     */
    public static final int OVERFLOW = 2;

    /**
     * Outcome: an exponent is outside [{@link #MIN_EXPONENT}, {@link #MAX_EXPONENT}].
     */
    public static final int INVALID_EXPONENT = 3;

    /**
     * Outcome: the mantissa is {@link #NULL_MANTISSA}, which holds no value to rescale.
     */
    public static final int NULL_VALUE = 4;

    /**
     * 10^18 is the largest power of ten a {@code long} holds.
     */
    private static final int MAX_POWER = 18;

    /**
     * Every integer of magnitude up to 2^53 is exactly a {@code double}.
     */
    private static final long MAX_EXACT_DOUBLE_MANTISSA = 1L << 53;

    /**
     * Binary digits of quotient added per step of {@link #divideRounded(long, int)}: the remainder
     * is below 5^18 < 2^42, so shifting it left by 21 bits stays below 2^63.
     */
    private static final int QUOTIENT_BITS_PER_STEP = 21;

    private static final long[] LONG_POWERS_OF_TEN = new long[MAX_POWER + 1];
    private static final long[] LONG_POWERS_OF_FIVE = new long[MAX_POWER + 1];
    private static final double[] DOUBLE_POWERS_OF_TEN = new double[MAX_POWER + 1];

    static
    {
        long power = 1L;
        long powerOfFive = 1L;
        for (int i = 0; i <= MAX_POWER; i++)
        {
            LONG_POWERS_OF_TEN[i] = power;
            LONG_POWERS_OF_FIVE[i] = powerOfFive;
            // Exact: 10^i = 2^i * 5^i and 5^18 < 2^53, so every entry is representable.
            DOUBLE_POWERS_OF_TEN[i] = power;
            power *= 10L;
            powerOfFive *= 5L;
        }
    }

    private FixedPoint()
    {
    }

    /**
     * Whether an exponent is one a Decimal64 may carry.
     *
     * @param exponent base-10 exponent.
     * @return {@code true} when {@code exponent} is in [{@link #MIN_EXPONENT}, {@link #MAX_EXPONENT}].
     */
    public static boolean isValidExponent(final int exponent)
    {
        return exponent >= MIN_EXPONENT && exponent <= MAX_EXPONENT;
    }

    /**
     * Whether a number of decimal places is one a value may be fixed at, e.g. a price scale.
     *
     * @param decimals number of decimal places, the exponent -decimals.
     * @return {@code true} when {@code decimals} is in [0, {@link #MAX_SCALE}].
     */
    public static boolean isValidScale(final int decimals)
    {
        return decimals >= 0 && decimals <= MAX_SCALE;
    }

    /**
     * The value mantissa * 10^exponent as a {@code double}: the {@code double} nearest the exact
     * decimal value (ties to even), for every mantissa, so {@code toDouble(42755, -2) == 427.55}
     * and the result equals {@code Double.parseDouble(mantissa + "E" + exponent)}.
     * <p>
     * When |mantissa| is at most 2^53 this is one IEEE multiplication or division of exact
     * operands. A larger mantissa takes a slower path of integer arithmetic (a 128-bit product, or
     * a long division by 5^-exponent of at most three steps) that also allocates nothing.
     *
     * @param mantissa signed fixed-point mantissa.
     * @param exponent base-10 exponent, in [{@link #MIN_EXPONENT}, {@link #MAX_EXPONENT}].
     * @return the value, or {@link Double#NaN} when the exponent is out of range or the mantissa is
     * {@link #NULL_MANTISSA}.
     */
    public static double toDouble(final long mantissa, final int exponent)
    {
        if (NULL_MANTISSA == mantissa || !isValidExponent(exponent))
        {
            return Double.NaN;
        }

        if (mantissa >= -MAX_EXACT_DOUBLE_MANTISSA && mantissa <= MAX_EXACT_DOUBLE_MANTISSA)
        {
            // Divide by an exact power rather than multiply by an inexact 10^-n: one rounding, not two.
            return exponent >= 0 ?
                (double)mantissa * DOUBLE_POWERS_OF_TEN[exponent] :
                (double)mantissa / DOUBLE_POWERS_OF_TEN[-exponent];
        }

        // |mantissa| > 2^53 is not exactly a double, so converting it first would round twice.
        final long magnitude = Math.abs(mantissa);
        final double result = exponent >= 0 ?
            multiplyRounded(magnitude, exponent) :
            divideRounded(magnitude, -exponent);

        return mantissa < 0 ? -result : result;
    }

    /**
     * The value mantissa * 10^exponent as plain decimal text, without an exponent and without
     * trailing zeros beyond those the exponent implies: (80001, -2) is "800.01", (15, 2) is
     * "1500", (-5, -1) is "-0.5", (800, -2) is "8.00".
     * <p>
     * Allocates; meant for messages, tools and tests, not for the hot path.
     *
     * @param mantissa signed fixed-point mantissa; {@link #NULL_MANTISSA} is rendered as "null".
     * @param exponent base-10 exponent. Any exponent a Decimal64 or a parsed text decimal carries
     *                 is rendered exactly, even outside [{@link #MIN_EXPONENT}, {@link #MAX_EXPONENT}],
     *                 so that a rejected value can be shown as it was; the text grows with |exponent|.
     * @return the plain text form.
     */
    public static String toPlainString(final long mantissa, final int exponent)
    {
        if (NULL_MANTISSA == mantissa)
        {
            return "null";
        }

        return BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent).toPlainString();
    }

    /**
     * Re-expresses mantissa * 10^fromExponent with {@code toExponent}, exactly: the result r
     * satisfies r * 10^toExponent == mantissa * 10^fromExponent, or there is no result.
     * For example {@code rescale(42755, -2, -4) == 4275500} and {@code rescale(4275500, -4, -2) == 42755},
     * while {@code rescale(427555, -3, -2) == NOT_EXACT}.
     *
     * @param mantissa     signed fixed-point mantissa.
     * @param fromExponent exponent the mantissa is expressed in.
     * @param toExponent   exponent wanted.
     * @return the rescaled mantissa, or {@link #NOT_EXACT} when {@link #rescaleOutcome(long, int, int)}
     * is anything but {@link #EXACT}: {@link #PRECISION_LOSS}, {@link #OVERFLOW},
     * {@link #INVALID_EXPONENT} or {@link #NULL_VALUE}.
     */
    public static long rescale(final long mantissa, final int fromExponent, final int toExponent)
    {
        if (EXACT != rescaleOutcome(mantissa, fromExponent, toExponent))
        {
            return NOT_EXACT;
        }

        if (0L == mantissa)
        {
            return 0L;
        }

        final int shift = fromExponent - toExponent;

        return shift >= 0 ? mantissa * LONG_POWERS_OF_TEN[shift] : mantissa / LONG_POWERS_OF_TEN[-shift];
    }

    /**
     * Says whether {@link #rescale(long, int, int)} has an exact answer for these arguments, and
     * if not, why.
     *
     * @param mantissa     signed fixed-point mantissa.
     * @param fromExponent exponent the mantissa is expressed in.
     * @param toExponent   exponent wanted.
     * @return {@link #EXACT}; or, checked in this order, {@link #INVALID_EXPONENT} when either
     * exponent is out of range, {@link #NULL_VALUE} when the mantissa is
     * {@link #NULL_MANTISSA}, {@link #OVERFLOW} when the result does not fit in a {@code long},
     * {@link #PRECISION_LOSS} when non-zero digits would be dropped.
     */
    public static int rescaleOutcome(final long mantissa, final int fromExponent, final int toExponent)
    {
        if (!isValidExponent(fromExponent) || !isValidExponent(toExponent))
        {
            return INVALID_EXPONENT;
        }

        if (NULL_MANTISSA == mantissa)
        {
            return NULL_VALUE;
        }

        final int shift = fromExponent - toExponent;
        if (0L == mantissa || 0 == shift)
        {
            return EXACT;
        }

        if (shift > 0)
        {
            if (shift > MAX_POWER)
            {
                return OVERFLOW;
            }

            final long limit = Long.MAX_VALUE / LONG_POWERS_OF_TEN[shift];

            return mantissa > limit || mantissa < -limit ? OVERFLOW : EXACT;
        }

        if (-shift > MAX_POWER)
        {
            // |mantissa| < 10^19 <= 10^-shift, so a non-zero mantissa always leaves a remainder.
            return PRECISION_LOSS;
        }

        return 0L == mantissa % LONG_POWERS_OF_TEN[-shift] ? EXACT : PRECISION_LOSS;
    }

    /**
     * Compares two fixed-point values exactly, whatever their exponents, e.g. a bid against an
     * ask quoted at different scales. Mantissas are compared as numbers (so
     * {@link #NULL_MANTISSA} orders below every other value); exponents may be any {@code int}.
     *
     * @param leftMantissa  mantissa of the left value.
     * @param leftExponent  exponent of the left value.
     * @param rightMantissa mantissa of the right value.
     * @param rightExponent exponent of the right value.
     * @return a negative number, zero or a positive number as the left value is less than, equal
     * to or greater than the right value.
     */
    public static int compare(
        final long leftMantissa, final int leftExponent, final long rightMantissa, final int rightExponent)
    {
        final int leftSign = Long.signum(leftMantissa);
        final int rightSign = Long.signum(rightMantissa);
        if (leftSign != rightSign || 0 == leftSign)
        {
            return Integer.compare(leftSign, rightSign);
        }

        if (leftExponent == rightExponent)
        {
            return Long.compare(leftMantissa, rightMantissa);
        }

        if (leftExponent > rightExponent)
        {
            return compareScaled(leftMantissa, (long)leftExponent - rightExponent, rightMantissa);
        }

        return -compareScaled(rightMantissa, (long)rightExponent - leftExponent, leftMantissa);
    }

    /**
     * Compares mantissa * 10^shift with other, both non-zero and of the same sign, shift > 0.
     * A product that overflows has a magnitude above 2^63, beyond any {@code long}, so the sign
     * of the scaled side decides.
     */
    private static int compareScaled(final long mantissa, final long shift, final long other)
    {
        final int sign = Long.signum(mantissa);
        if (shift > MAX_POWER)
        {
            return sign;
        }

        final long power = LONG_POWERS_OF_TEN[(int)shift];
        final long limit = Long.MAX_VALUE / power;
        if (mantissa > limit || mantissa < -limit)
        {
            return sign;
        }

        return Long.compare(mantissa * power, other);
    }

    /**
     * The {@code double} nearest magnitude * 10^power, magnitude positive, power in [0, 18]. The
     * product has at most 123 bits; its leading 63 bits, with any bits dropped below them ORed
     * into the lowest ("sticky") bit, round to the same 53-bit {@code double} as the whole
     * product, because that rounding depends only on the bits up to the rounding position and on
     * whether anything non-zero lies below it.
     */
    private static double multiplyRounded(final long magnitude, final int power)
    {
        final long factor = LONG_POWERS_OF_TEN[power];
        final long high = Math.multiplyHigh(magnitude, factor);
        final long low = magnitude * factor;
        if (0L == high && low >= 0L)
        {
            // Conversion of a long to a double is correctly rounded (JLS 5.1.2).
            return (double)low;
        }

        final int shift = 0L == high ? 1 : 65 - Long.numberOfLeadingZeros(high);
        long leading = (high << (64 - shift)) | (low >>> shift);
        if (0L != low << (64 - shift))
        {
            leading |= 1L;
        }

        return Math.scalb((double)leading, shift);
    }

    /**
     * The {@code double} nearest magnitude / 10^power, magnitude above 2^53, power in [1, 18].
     * As 10^power = 5^power * 2^power, divides by 5^power (below 2^42) and scales by
     * 2^-power exactly. The long division goes on into binary fraction digits until the quotient
     * holds 63 bits, then a non-zero remainder is ORed into the lowest ("sticky") bit, as in
     * {@link #multiplyRounded(long, int)}. The quotient starts at 2^53 / 5^18 > 2^11 or more, so
     * at most three steps are needed.
     */
    private static double divideRounded(final long magnitude, final int power)
    {
        final long divisor = LONG_POWERS_OF_FIVE[power];
        long quotient = magnitude / divisor;
        long remainder = magnitude % divisor;
        int binaryExponent = -power;
        while (Long.numberOfLeadingZeros(quotient) > 1)
        {
            final int bits = Math.min(Long.numberOfLeadingZeros(quotient) - 1, QUOTIENT_BITS_PER_STEP);
            remainder <<= bits;
            quotient = (quotient << bits) | (remainder / divisor);
            remainder %= divisor;
            binaryExponent -= bits;
        }

        if (0L != remainder)
        {
            quotient |= 1L;
        }

        return Math.scalb((double)quotient, binaryExponent);
    }
}
