package io.ticksignal.codecs.wire;

import static io.ticksignal.codecs.wire.FixedPoint.EXACT;
import static io.ticksignal.codecs.wire.FixedPoint.INVALID_EXPONENT;
import static io.ticksignal.codecs.wire.FixedPoint.NOT_EXACT;
import static io.ticksignal.codecs.wire.FixedPoint.NULL_MANTISSA;
import static io.ticksignal.codecs.wire.FixedPoint.NULL_VALUE;
import static io.ticksignal.codecs.wire.FixedPoint.OVERFLOW;
import static io.ticksignal.codecs.wire.FixedPoint.PRECISION_LOSS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import io.ticksignal.codecs.sbe.Decimal64Decoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exact values are checked against hand-written expectations and, for many random inputs, against
 * independent oracles: {@link Double#parseDouble(String)} (correctly rounded) for conversions and
 * {@link BigDecimal} for rescaling, comparison and printing.
 */
final class FixedPointTest
{
    private static final long TWO_POW_53 = 1L << 53;

    @Test
    void shouldUseTheSchemaDecimal64Ranges()
    {
        assertEquals(Decimal64Decoder.exponentMinValue(), FixedPoint.MIN_EXPONENT);
        assertEquals(Decimal64Decoder.exponentMaxValue(), FixedPoint.MAX_EXPONENT);
        assertEquals(Decimal64Decoder.mantissaNullValue(), NULL_MANTISSA);
        assertEquals(NULL_MANTISSA, NOT_EXACT);
        assertTrue(FixedPoint.isValidExponent(-18));
        assertTrue(FixedPoint.isValidExponent(18));
        assertFalse(FixedPoint.isValidExponent(-19));
        assertFalse(FixedPoint.isValidExponent(19));
        assertEquals(18, FixedPoint.MAX_SCALE);
    }

    @Test
    void shouldAcceptScalesFromZeroToEighteenDecimalPlaces()
    {
        assertTrue(FixedPoint.isValidScale(0));
        assertTrue(FixedPoint.isValidScale(2));
        assertTrue(FixedPoint.isValidScale(18));
        assertFalse(FixedPoint.isValidScale(-1));
        assertFalse(FixedPoint.isValidScale(19));
        assertFalse(FixedPoint.isValidScale(Integer.MIN_VALUE));
    }

    @ParameterizedTest
    @CsvSource({
        "42755, -2, 427.55",
        "-42755, -2, -427.55",
        "1, -18, 1e-18",
        "-5, -1, -0.5",
        "123456789, -8, 1.23456789",
        "10, -1, 1.0",
        "125000000, -8, 1.25",
        "1, -1, 0.1",
        "3, -1, 0.3",
        "0, -7, 0.0",
        "7, 0, 7.0",
        "12, 2, 1200.0",
        "9, 18, 9e18",
        "9007199254740992, -2, 90071992547409.92",
        "9007199254740992, 0, 9007199254740992.0",
        "80001, -2, 800.01",
        "12926331, -7, 1.2926331",
        "15, 2, 1500.0",
        "9223372036854775807, -2, 92233720368547758.07",
        "-9223372036854775807, -2, -92233720368547758.07",
        "9223372036854775807, 0, 9.223372036854775807E18",
        "9223372036854775807, 18, 9.223372036854775807E36",
        "9223372036854775807, -18, 9.223372036854775807",
        "9007199254740993, 0, 9007199254740992.0",
        "9007199254740995, 0, 9007199254740996.0",
        "180143985094819860, -1, 18014398509481984.0",
        "180143985094819870, -1, 18014398509481988.0",
        "9007199254740993, 1, 90071992547409930.0",
        "1000000000000000001, -18, 1.0",
    })
    void shouldConvertToTheNearestDouble(final long mantissa, final int exponent, final double expected)
    {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(
            FixedPoint.toDouble(mantissa, exponent)));
    }

    @Test
    void shouldMatchCorrectlyRoundedParsingForMantissasUpTo2Pow53()
    {
        final SplittableRandom random = new SplittableRandom(20_240_101L);
        for (int i = 0; i < 200_000; i++)
        {
            final long mantissa = random.nextLong(-TWO_POW_53, TWO_POW_53 + 1);
            final int exponent = random.nextInt(-18, 19);
            final double expected = Double.parseDouble(mantissa + "E" + exponent);

            assertEquals(expected, FixedPoint.toDouble(mantissa, exponent), 0.0, mantissa + "E" + exponent);
        }
    }

    @Test
    void shouldMatchCorrectlyRoundedParsingForMantissasBeyond2Pow53()
    {
        final SplittableRandom random = new SplittableRandom(7L);
        for (int i = 0; i < 400_000; i++)
        {
            long mantissa = i % 2 == 0 ? random.nextLong() : randomMantissa(random);
            if (NULL_MANTISSA == mantissa)
            {
                mantissa = 0L;
            }
            final int exponent = random.nextInt(-18, 19);
            final double expected = Double.parseDouble(mantissa + "E" + exponent);

            assertEquals(expected, FixedPoint.toDouble(mantissa, exponent), 0.0, mantissa + "E" + exponent);
        }
    }

    @Test
    void shouldRoundHalfwayCasesToEvenBeyond2Pow53()
    {
        final SplittableRandom random = new SplittableRandom(53L);
        int checked = 0;
        for (int i = 0; i < 100_000; i++)
        {
            // An odd 54-bit integer times a power of two lies exactly halfway between two doubles.
            // As a decimal mantissa with d fraction digits it is at least 2^53 * 5^d, so d <= 3.
            final long odd = ((1L << 52) + random.nextLong(1L << 52)) * 2 + 1;
            final int decimals = random.nextInt(0, 4);
            final int binaryShift = random.nextInt(-decimals, 9);
            final BigDecimal halfway = new BigDecimal(odd).multiply(BigDecimal.valueOf(2).pow(binaryShift + decimals))
                .divide(BigDecimal.valueOf(2).pow(decimals));
            final BigDecimal scaled = halfway.scaleByPowerOfTen(decimals);
            if (scaled.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0)
            {
                continue;
            }
            final long mantissa = scaled.toBigIntegerExact().longValueExact();
            final double expected = Double.parseDouble(mantissa + "E-" + decimals);

            assertEquals(expected, FixedPoint.toDouble(mantissa, -decimals), 0.0, mantissa + "E-" + decimals);
            assertEquals(-expected, FixedPoint.toDouble(-mantissa, -decimals), 0.0, -mantissa + "E-" + decimals);
            checked++;
        }
        assertTrue(checked > 10_000, "halfway cases checked: " + checked);
    }

    @Test
    void shouldAnswerNaNForOutOfRangeExponentOrNullMantissa()
    {
        assertTrue(Double.isNaN(FixedPoint.toDouble(1L, 19)));
        assertTrue(Double.isNaN(FixedPoint.toDouble(1L, -19)));
        assertTrue(Double.isNaN(FixedPoint.toDouble(1L, Byte.MIN_VALUE)));
        assertTrue(Double.isNaN(FixedPoint.toDouble(NULL_MANTISSA, 0)));
        assertEquals(-9.223372036854775807E18, FixedPoint.toDouble(Long.MIN_VALUE + 1, 0), 0.0);
        // Exponents a text decimal may carry, outside the Decimal64 range: no value, not a rounding.
        assertTrue(Double.isNaN(FixedPoint.toDouble(1L, -28)));
        assertTrue(Double.isNaN(FixedPoint.toDouble(17976931348623157L, 292)));
    }

    @ParameterizedTest
    @CsvSource({
        "80001, -2, 800.01",
        "15, 2, 1500",
        "-5, -1, -0.5",
        "800, -2, 8.00",
        "0, -3, 0.000",
        "0, 0, 0",
        "1, -18, 0.000000000000000001",
        "-9223372036854775807, 0, -9223372036854775807",
        "9223372036854775807, -2, 92233720368547758.07",
        "9223372036854775807, -19, 0.9223372036854775807",
        "1, -28, 0.0000000000000000000000000001",
        "42, 20, 4200000000000000000000",
    })
    void shouldRenderExactPlainText(final long mantissa, final int exponent, final String expected)
    {
        assertEquals(expected, FixedPoint.toPlainString(mantissa, exponent));
    }

    @Test
    void shouldRenderTheNullMantissaAsNull()
    {
        assertEquals("null", FixedPoint.toPlainString(NULL_MANTISSA, -2));
    }

    @Test
    void shouldAgreeWithBigDecimalOnEveryPlainString()
    {
        final SplittableRandom random = new SplittableRandom(4242L);
        for (int i = 0; i < 20_000; i++)
        {
            final long mantissa = randomMantissa(random);
            final int exponent = random.nextInt(-40, 41);
            final String text = FixedPoint.toPlainString(mantissa, exponent);

            assertEquals(0, new BigDecimal(text).compareTo(new BigDecimal(mantissa + "E" + exponent)), text);
            assertEquals(Math.max(0, -exponent), new BigDecimal(text).scale(), text);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "42755, -2, -4, 4275500",
        "4275500, -4, -2, 42755",
        "-4275500, -4, -2, -42755",
        "-427550, -3, -2, -42755",
        "42755, -2, -2, 42755",
        "0, -18, 18, 0",
        "0, 18, -18, 0",
        "1000000000000000000, -18, 0, 1",
        "1, 0, -18, 1000000000000000000",
        "922337203685477580, 0, -1, 9223372036854775800",
        "-922337203685477580, 0, -1, -9223372036854775800",
        "9223372036854775807, 0, 0, 9223372036854775807",
        "-9223372036854775807, 5, 5, -9223372036854775807",
        "12, 2, 0, 1200",
        "1200, 0, 2, 12",
        "80001, -2, -4, 8000100",
        "800, 0, -2, 80000",
        "15, 2, 0, 1500",
        "-50, -2, -1, -5",
        "9223372036854775807, -2, -2, 9223372036854775807",
    })
    void shouldRescaleExactly(final long mantissa, final int from, final int to, final long expected)
    {
        assertEquals(EXACT, FixedPoint.rescaleOutcome(mantissa, from, to));
        assertEquals(expected, FixedPoint.rescale(mantissa, from, to));
    }

    @ParameterizedTest
    @CsvSource({
        "427555, -3, -2, 1",
        "-427555, -3, -2, 1",
        "1, -18, 0, 1",
        "1, -18, 1, 1",
        "9223372036854775807, -18, 0, 1",
        "5, 0, 1, 1",
        "922337203685477581, 0, -1, 2",
        "-922337203685477581, 0, -1, 2",
        "9223372036854775807, 0, -1, 2",
        "1, 18, -18, 2",
        "10, 0, -18, 2",
        "1, 0, 19, 3",
        "1, -19, 0, 3",
        "0, 127, 0, 3",
        "-9223372036854775808, 0, 0, 4",
        "-9223372036854775808, 0, -2, 4",
        "80001, -2, -1, 1",
        "9223372036854775807, -2, -3, 2",
        "1, -30, -18, 3",
        "1, 19, 0, 3",
        "0, -40, 0, 3",
    })
    void shouldReportPrecisionLossOverflowAndInvalidInput(
        final long mantissa, final int from, final int to, final int expectedOutcome)
    {
        assertEquals(expectedOutcome, FixedPoint.rescaleOutcome(mantissa, from, to));
        assertEquals(NOT_EXACT, FixedPoint.rescale(mantissa, from, to));
    }

    @Test
    void shouldNumberOutcomesAsDocumented()
    {
        assertEquals(0, EXACT);
        assertEquals(1, PRECISION_LOSS);
        assertEquals(2, OVERFLOW);
        assertEquals(3, INVALID_EXPONENT);
        assertEquals(4, NULL_VALUE);
    }

    @Test
    void shouldAgreeWithBigDecimalOnEveryRescale()
    {
        final SplittableRandom random = new SplittableRandom(99L);
        for (int i = 0; i < 200_000; i++)
        {
            final long mantissa = randomMantissa(random);
            final int from = random.nextInt(-18, 19);
            final int to = random.nextInt(-18, 19);
            final BigDecimal value = BigDecimal.valueOf(mantissa, -from);

            final int expectedOutcome;
            long expected = NOT_EXACT;
            final BigDecimal rescaled = value.movePointRight(-to);
            if (rescaled.stripTrailingZeros().scale() > 0)
            {
                expectedOutcome = PRECISION_LOSS;
            }
            else if (rescaled.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0)
            {
                expectedOutcome = OVERFLOW;
            }
            else
            {
                expectedOutcome = EXACT;
                expected = rescaled.longValue();
            }

            final String what = mantissa + "E" + from + " -> E" + to;
            assertEquals(expectedOutcome, FixedPoint.rescaleOutcome(mantissa, from, to), what);
            assertEquals(expected, FixedPoint.rescale(mantissa, from, to), what);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "42755, -2, 4275500, -4, 0",
        "42755, -2, 4275501, -4, -1",
        "42756, -2, 4275501, -4, 1",
        "1, 18, 9223372036854775807, 0, -1",
        "10, 18, 9223372036854775807, 0, 1",
        "-1, 18, -9223372036854775808, 0, 1",
        "-10, 18, -9223372036854775808, 0, -1",
        "1, -18, 0, 5, 1",
        "0, -3, 0, 7, 0",
        "-1, -18, 0, 0, -1",
        "1, 127, 9223372036854775807, -128, 1",
        "-1, 127, -9223372036854775807, -128, -1",
        "-9223372036854775808, 0, -9223372036854775807, 0, -1",
    })
    void shouldCompareExactlyAcrossExponents(
        final long leftMantissa, final int leftExponent, final long rightMantissa, final int rightExponent,
        final int expectedSign)
    {
        assertEquals(expectedSign, Integer.signum(
            FixedPoint.compare(leftMantissa, leftExponent, rightMantissa, rightExponent)));
        assertEquals(-expectedSign, Integer.signum(
            FixedPoint.compare(rightMantissa, rightExponent, leftMantissa, leftExponent)));
    }

    @Test
    void shouldAgreeWithBigDecimalOnEveryComparison()
    {
        final SplittableRandom random = new SplittableRandom(1234L);
        for (int i = 0; i < 200_000; i++)
        {
            final long leftMantissa = randomMantissa(random);
            final long rightMantissa = random.nextInt(4) == 0 ? leftMantissa : randomMantissa(random);
            final int leftExponent = random.nextInt(-22, 23);
            final int rightExponent = random.nextInt(-22, 23);
            final int expected = BigDecimal.valueOf(leftMantissa, -leftExponent)
                .compareTo(BigDecimal.valueOf(rightMantissa, -rightExponent));

            assertEquals(expected, Integer.signum(
                FixedPoint.compare(leftMantissa, leftExponent, rightMantissa, rightExponent)),
                leftMantissa + "E" + leftExponent + " vs " + rightMantissa + "E" + rightExponent);
        }
    }

    /**
     * Mantissas that exercise every path: zero, small, multiples of powers of ten (so exact
     * division happens), full-range longs and the extremes.
     */
    private static long randomMantissa(final SplittableRandom random)
    {
        switch (random.nextInt(6))
        {
            case 0:
                return random.nextInt(3) - 1;
            case 1:
                return random.nextLong(-1_000_000L, 1_000_001L);
            case 2:
            {
                final long power = BigDecimal.TEN.pow(random.nextInt(0, 19)).longValueExact();
                final long bound = Long.MAX_VALUE / power;
                return random.nextLong(-bound, bound) * power;
            }
            case 3:
                return random.nextBoolean() ? Long.MAX_VALUE - random.nextInt(3) : -Long.MAX_VALUE + random.nextInt(3);
            default:
            {
                final long mantissa = random.nextLong();
                return NULL_MANTISSA == mantissa ? 0L : mantissa;
            }
        }
    }
}
