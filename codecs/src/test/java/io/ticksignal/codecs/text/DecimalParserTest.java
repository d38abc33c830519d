package io.ticksignal.codecs.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DecimalParserTest
{
    private final DecimalParser parser = new DecimalParser();

    private FieldProblem parse(final String text)
    {
        final char[] chars = text.toCharArray();
        return parser.parse(chars, 0, chars.length);
    }

    @ParameterizedTest
    @CsvSource({
        "800.010000000000, 80001, -2",
        "0.100000000000, 1, -1",
        "999.000000000000, 999, 0",
        "1.292633100000, 12926331, -7",
        "20018500, 20018500, 0",
        "555.00, 555, 0",
        "-0.5, -5, -1",
        "+42, 42, 0",
        ".25, 25, -2",
        "7., 7, 0",
        "0.000, 0, 0",
        "1.5e3, 15, 2",
        "1.5E-3, 15, -4",
        "9223372036854775807, 9223372036854775807, 0",
        "92233720368547758.0700000000000000000000, 9223372036854775807, -2",
        "0.0000000000000000000000000001, 1, -28"})
    void shouldParseDecimalsExactlyWithoutTrailingFractionZeros(
        final String text, final long mantissa, final int exponent)
    {
        assertNull(parse(text));
        assertEquals(mantissa, parser.mantissa());
        assertEquals(exponent, parser.exponent());
    }

    @ParameterizedTest
    @CsvSource({
        "12.3.4, NOT_A_DECIMAL",
        "abc, NOT_A_DECIMAL",
        "-, NOT_A_DECIMAL",
        "., NOT_A_DECIMAL",
        "1e, NOT_A_DECIMAL",
        "1e+, NOT_A_DECIMAL",
        "1x, NOT_A_DECIMAL",
        "0x10, NOT_A_DECIMAL",
        "NaN, NOT_FINITE",
        "nan, NOT_FINITE",
        "Infinity, NOT_FINITE",
        "-Infinity, NOT_FINITE",
        "+inf, NOT_FINITE",
        "9223372036854775808, MANTISSA_OVERFLOW",
        "92233720368547758.08, MANTISSA_OVERFLOW",
        "1.00000000000000000001, MANTISSA_OVERFLOW"})
    void shouldRejectTextThatIsNotAFiniteDecimal(final String text, final FieldProblem problem)
    {
        assertEquals(problem, parse(text));
    }
}
