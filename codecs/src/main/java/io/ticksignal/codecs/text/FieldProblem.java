package io.ticksignal.codecs.text;

/**
 * Why a field or row was rejected; each constant carries the "expected ..." text of its message.
 * Returned by the in-place parsers instead of throwing, so that skipping a bad row costs no
 * exception unless a message is kept.
 */
enum FieldProblem
{
    EMPTY("a value"),
    NOT_A_DECIMAL("a decimal number"),
    NOT_FINITE("a finite decimal number (NaN and Infinity are not accepted)"),
    MANTISSA_OVERFLOW("a decimal number whose significant digits fit a 64-bit mantissa"),
    EXPONENT_OUT_OF_RANGE("a decimal number between 1e-18 and 1e18 in magnitude (exponent within -18..18 "
        + "once trailing zeros are dropped)"),
    NOT_A_TIMESTAMP("a time: epoch seconds, millis, micros or nanos, YYYY-MM-DD, or ISO-8601 "
        + "date-time like 2013-11-25T00:00:00Z"),
    TIMESTAMP_OUT_OF_RANGE("a time between 1677-09-21T00:12:43Z and 2262-04-11T23:47:16Z "
        + "(64-bit nanoseconds since the epoch)"),
    TIMESTAMP_BELOW_NANOSECOND("a time with at most nanosecond precision"),
    FIELD_COUNT(null),
    SCALE_PRECISION_LOSS(null),
    SCALE_OVERFLOW(null);

    private final String expected;

    FieldProblem(final String expected)
    {
        this.expected = expected;
    }

    /**
     * @return the fixed "expected" text, or null where the reader composes it from the row.
     */
    String expected()
    {
        return expected;
    }
}
