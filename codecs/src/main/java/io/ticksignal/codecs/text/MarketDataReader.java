package io.ticksignal.codecs.text;

import java.util.List;

/**
 * A pull-style, flyweight reader of one market-data file: call {@link #next()} and, while it
 * returns true, read the current row through the getters, which stay valid until the next call.
 * <p>
 * Implementations read in constant memory and allocate nothing per row (unless a malformed row
 * is skipped and its message kept). Not thread-safe: one thread reads a reader.
 * Errors: {@link MarketDataFormatException} for malformed input (under {@link BadRowPolicy#FAIL}),
 * {@link java.io.UncheckedIOException} for I/O failures. Closing closes the underlying stream.
 */
public interface MarketDataReader extends AutoCloseable
{
    /**
     * How many skipped-row messages {@link #firstErrors()} keeps.
     */
    int MAX_KEPT_ERRORS = 10;

    /**
     * Advance to the next well-formed row, skipping blank lines (and, under
     * {@link BadRowPolicy#SKIP}, malformed rows).
     *
     * @return true if a row is available, false at end of input.
     * @throws MarketDataFormatException on a malformed row under {@link BadRowPolicy#FAIL}.
     */
    boolean next();

    /**
     * @return the current row's time in nanoseconds since the epoch, UTC.
     */
    long timestampNs();

    /**
     * Exact value of a decimal column of the current row: the mantissa.
     *
     * @param column index in {@link MarketDataFormat#columnNames()}, 1 or more.
     * @return the mantissa of {@code mantissa * 10^exponent}.
     */
    long mantissa(int column);

    /**
     * Exact value of a decimal column of the current row: the base-10 exponent.
     *
     * @param column index in {@link MarketDataFormat#columnNames()}, 1 or more.
     * @return the exponent of {@code mantissa * 10^exponent}.
     */
    int exponent(int column);

    /**
     * A decimal column of the current row as the nearest double.
     *
     * @param column index in {@link MarketDataFormat#columnNames()}, 1 or more.
     * @return the nearest double, see {@link io.ticksignal.codecs.wire.FixedPoint#toDouble(long, int)}
     * (rows whose decimals fall outside the Decimal64 exponent range are malformed, never read).
     */
    double value(int column);

    /**
     * @return the format this reader reads.
     */
    MarketDataFormat format();

    /**
     * @return the display name used in error messages.
     */
    String fileName();

    /**
     * @return 1-based line number of the current row (the header is line 1).
     */
    long lineNumber();

    /**
     * @return number of well-formed rows returned by {@link #next()} so far.
     */
    long rowsRead();

    /**
     * @return number of malformed rows skipped so far (always 0 under {@link BadRowPolicy#FAIL}).
     */
    long rowsSkipped();

    /**
     * @return messages of the first {@link #MAX_KEPT_ERRORS} skipped rows, oldest first
     * (unmodifiable view).
     */
    List<String> firstErrors();

    /**
     * Close the underlying stream.
     *
     * @throws java.io.UncheckedIOException if closing fails.
     */
    @Override
    void close();
}
