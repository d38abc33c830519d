package io.ticksignal.codecs.text;

import java.math.BigDecimal;

/**
 * Arithmetic on exact decimals held as a {@code long} mantissa and a base-10 exponent, so that
 * the value is {@code mantissa * 10^exponent}. This is how the readers deliver prices and sizes.
 * <p>
 * The readers produce a canonical form: trailing zeros after the decimal point are dropped
 * ({@code "800.010000000000"} is mantissa 80001, exponent -2; {@code "555.00"} is 555, 0),
 * digits before the point are kept as written ({@code "20018500"} is 20018500, 0). Dropping
 * the zeros means a 12-decimal file does not overflow the mantissa at the first large price.
 * <p>
 * Stateless and thread-safe. Nothing here allocates except {@link #toPlainString(long, int)} and
 * the rare slow path of {@link #toDouble(long, int)}.
 */
public final class ExactDecimal
{
    /**
     * Returned by {@link #tryRescale(long, int, int)} when the value does not rescale exactly.
     */
    static final long RESCALE_FAILED = Long.MIN_VALUE;

    /**
     * Largest number of decimal places accepted by rescaling.
     */
    public static final int MAX_SCALE = 18;

    private static final long MAX_EXACT_DOUBLE_MANTISSA = 1L << 53;
    private static final int MAX_EXACT_DOUBLE_POWER = 22;
    private static final long[] LONG_POWERS_OF_TEN = new long[19];
    private static final double[] DOUBLE_POWERS_OF_TEN = new double[MAX_EXACT_DOUBLE_POWER + 1];

    static
    {
        long power = 1;
        for (int i = 0; i < LONG_POWERS_OF_TEN.length; i++)
        {
            LONG_POWERS_OF_TEN[i] = power;
            power *= 10;
        }
        double doublePower = 1.0;
        for (int i = 0; i < DOUBLE_POWERS_OF_TEN.length; i++)
        {
            DOUBLE_POWERS_OF_TEN[i] = doublePower;
            doublePower *= 10.0;
        }
    }

    private ExactDecimal()
    {
    }

    /**
     * The double nearest to {@code mantissa * 10^exponent} (correctly rounded).
     * <p>
     * For {@code |mantissa| <= 2^53} and {@code |exponent| <= 22} — every value in the bundled data
     * sets — this is one exact multiplication or division and allocates nothing; otherwise it
     * falls back to {@link BigDecimal#doubleValue()}, which allocates.
     *
     * @param mantissa significant digits.
     * @param exponent power of ten.
     * @return the nearest double.
     */
    public static double toDouble(final long mantissa, final int exponent)
    {
        if (mantissa == 0)
        {
            return 0.0;
        }
        if (Math.abs(mantissa) <= MAX_EXACT_DOUBLE_MANTISSA)
        {
            if (exponent == 0)
            {
                return mantissa;
            }
            if (exponent < 0 && exponent >= -MAX_EXACT_DOUBLE_POWER)
            {
                return mantissa / DOUBLE_POWERS_OF_TEN[-exponent];
            }
            if (exponent > 0 && exponent <= MAX_EXACT_DOUBLE_POWER)
            {
                return mantissa * DOUBLE_POWERS_OF_TEN[exponent];
            }
        }
        return BigDecimal.valueOf(mantissa, -exponent).doubleValue();
    }

    /**
     * Express {@code mantissa * 10^exponent} as a whole number of {@code 10^-decimals} units,
     * exactly: trailing zeros may be dropped, non-zero digits may not.
     * For example 800.01 at 2 decimals is 80001; at 4 decimals 8000100; at 1 decimal an error.
     *
     * @param mantissa significant digits.
     * @param exponent power of ten.
     * @param decimals target number of decimal places, 0 to {@link #MAX_SCALE}.
     * @return the value in units of {@code 10^-decimals}.
     * @throws ArithmeticException if non-zero digits would be lost or the result overflows a long.
     * @throws IllegalArgumentException if decimals is out of range.
     */
    public static long rescale(final long mantissa, final int exponent, final int decimals)
    {
        checkScale(decimals);
        final long result = tryRescale(mantissa, exponent, decimals);
        if (result == RESCALE_FAILED)
        {
            final String what = (long)exponent + decimals >= 0 ? "overflows a long" : "loses non-zero digits";
            throw new ArithmeticException(
                toPlainString(mantissa, exponent) + " at " + decimals + " decimal places " + what);
        }
        return result;
    }

    /**
     * Check a target scale.
     *
     * @param decimals number of decimal places.
     * @return decimals, for chaining.
     * @throws IllegalArgumentException if it is not within 0 to {@link #MAX_SCALE}.
     */
    public static int checkScale(final int decimals)
    {
        if (decimals < 0 || decimals > MAX_SCALE)
        {
            throw new IllegalArgumentException(
                "decimal places must be within 0.." + MAX_SCALE + ", found " + decimals);
        }
        return decimals;
    }

    /**
     * Allocation-free form of {@link #rescale(long, int, int)}.
     *
     * @return the rescaled value, or {@link #RESCALE_FAILED} on precision loss (when
     * {@code exponent + decimals < 0}) or overflow (otherwise).
     */
    static long tryRescale(final long mantissa, final int exponent, final int decimals)
    {
        if (mantissa == 0)
        {
            return 0;
        }
        final long shift = (long)exponent + decimals;
        if (shift >= 0)
        {
            if (shift >= LONG_POWERS_OF_TEN.length)
            {
                return RESCALE_FAILED;
            }
            final long factor = LONG_POWERS_OF_TEN[(int)shift];
            final long limit = Long.MAX_VALUE / factor;
            return mantissa > limit || mantissa < -limit ? RESCALE_FAILED : mantissa * factor;
        }
        if (-shift >= LONG_POWERS_OF_TEN.length)
        {
            // |mantissa| < 10^19, so no non-zero mantissa is a multiple of 10^19 or more.
            return RESCALE_FAILED;
        }
        final long divisor = LONG_POWERS_OF_TEN[(int)-shift];
        return mantissa % divisor != 0 ? RESCALE_FAILED : mantissa / divisor;
    }

    /**
     * Render as plain decimal text without an exponent, e.g. (80001, -2) as "800.01".
     * Allocates; for messages and tools, not for hot paths.
     *
     * @param mantissa significant digits.
     * @param exponent power of ten.
     * @return the plain text form.
     */
    public static String toPlainString(final long mantissa, final int exponent)
    {
        return BigDecimal.valueOf(mantissa, -exponent).toPlainString();
    }
}
