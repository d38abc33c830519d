package io.ticksignal.codecs.text;

/**
 * Parses decimal text in place into an exact mantissa and exponent, value = mantissa * 10^exponent,
 * the form {@link io.ticksignal.codecs.wire.FixedPoint} works on. The form is canonical: trailing
 * zeros after the decimal point are dropped ({@code "800.010000000000"} is mantissa 80001,
 * exponent -2; {@code "555.00"} is 555, 0), digits before the point are kept as written
 * ({@code "20018500"} is 20018500, 0), and zero is 0, 0. Dropping the zeros means a 12-decimal
 * file does not overflow the mantissa at the first large price. The exponent is not limited to
 * the Decimal64 range ({@code "1e-28"} is 1, -28).
 * <p>
 * Accepts an optional sign, digits with at most one decimal point and at least one digit, and an
 * optional exponent ({@code 1.5e-3}); rejects everything else, including {@code NaN} and
 * {@code Infinity}. No floating point is used and nothing is allocated.
 * <p>
 * Single-threaded: results are left in {@link #mantissa()} and {@link #exponent()}.
 */
final class DecimalParser
{
    private static final int MAX_EXPLICIT_EXPONENT = 9999;
    private static final int OVERFLOW = -1;

    private long mantissa;
    private int exponent;
    private int digitCount;
    private int fractionDigits;

    /**
     * Parse {@code text[start, end)}, already trimmed and non-empty.
     *
     * @return null on success, otherwise the problem.
     */
    FieldProblem parse(final char[] text, final int start, final int end)
    {
        int i = start;
        boolean negative = false;
        if (text[i] == '-' || text[i] == '+')
        {
            negative = text[i] == '-';
            i++;
        }
        if (isNonFinite(text, i, end))
        {
            return FieldProblem.NOT_FINITE;
        }
        final int afterDigits = scanDigits(text, i, end);
        if (afterDigits == OVERFLOW)
        {
            return FieldProblem.MANTISSA_OVERFLOW;
        }
        if (digitCount == 0)
        {
            return FieldProblem.NOT_A_DECIMAL;
        }
        int explicitExponent = 0;
        if (afterDigits < end)
        {
            explicitExponent = parseExponent(text, afterDigits, end);
            if (explicitExponent == Integer.MIN_VALUE)
            {
                return FieldProblem.NOT_A_DECIMAL;
            }
        }
        mantissa = negative ? -mantissa : mantissa;
        exponent = mantissa == 0 ? 0 : explicitExponent - fractionDigits;
        return null;
    }

    /**
     * Accumulate digits with at most one decimal point into {@link #mantissa}, deferring zeros
     * after the point until a non-zero digit follows them (so trailing ones are dropped).
     *
     * @return the index of the first char that is not part of the number, or {@link #OVERFLOW}.
     */
    private int scanDigits(final char[] text, final int start, final int end)
    {
        long value = 0;
        int pendingZeros = 0;
        boolean inFraction = false;
        digitCount = 0;
        fractionDigits = 0;
        int i = start;
        for (; i < end; i++)
        {
            final char c = text[i];
            if (c == '.' && !inFraction)
            {
                inFraction = true;
                continue;
            }
            if (c < '0' || c > '9')
            {
                break;
            }
            digitCount++;
            final int digit = c - '0';
            if (inFraction && digit == 0)
            {
                pendingZeros++;
                continue;
            }
            for (; pendingZeros > 0; pendingZeros--, fractionDigits++)
            {
                if (value > Long.MAX_VALUE / 10)
                {
                    return OVERFLOW;
                }
                value *= 10;
            }
            if (value > (Long.MAX_VALUE - digit) / 10)
            {
                return OVERFLOW;
            }
            value = value * 10 + digit;
            fractionDigits += inFraction ? 1 : 0;
        }
        mantissa = value;
        return i;
    }

    private static int parseExponent(final char[] text, final int start, final int end)
    {
        int i = start;
        if ((text[i] != 'e' && text[i] != 'E') || ++i == end)
        {
            return Integer.MIN_VALUE;
        }
        boolean negative = false;
        if (text[i] == '-' || text[i] == '+')
        {
            negative = text[i] == '-';
            if (++i == end)
            {
                return Integer.MIN_VALUE;
            }
        }
        int value = 0;
        for (; i < end; i++)
        {
            final char c = text[i];
            if (c < '0' || c > '9' || value > MAX_EXPLICIT_EXPONENT)
            {
                return Integer.MIN_VALUE;
            }
            value = value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }

    private static boolean isNonFinite(final char[] text, final int start, final int end)
    {
        final char first = text[start < end ? start : end - 1];
        if (first != 'n' && first != 'N' && first != 'i' && first != 'I')
        {
            return false;
        }
        final int length = end - start;
        return regionMatches(text, start, length, "nan")
            || regionMatches(text, start, length, "inf")
            || regionMatches(text, start, length, "infinity");
    }

    private static boolean regionMatches(final char[] text, final int start, final int length, final String word)
    {
        if (length != word.length())
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (Character.toLowerCase(text[start + i]) != word.charAt(i))
            {
                return false;
            }
        }
        return true;
    }

    long mantissa()
    {
        return mantissa;
    }

    int exponent()
    {
        return exponent;
    }
}
