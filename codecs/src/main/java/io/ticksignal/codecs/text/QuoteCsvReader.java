package io.ticksignal.codecs.text;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Streaming reader of top-of-book quotes CSV: {@code timestamp,bid,bid_size,ask,ask_size}
 * (see {@link MarketDataFormat#QUOTES}).
 * <pre>{@code
 * try (QuoteCsvReader quotes = QuoteCsvReader.open(path, BadRowPolicy.SKIP).priceScale(2).sizeScale(8))
 * {
 *     while (quotes.next())
 *     {
 *         handler.onQuote(quotes.timestampNs(), quotes.bidScaled(), quotes.bidSizeScaled(),
 *             quotes.askScaled(), quotes.askSizeScaled());
 *     }
 * }
 * }</pre>
 * Getters describe the current row and stay valid until the next {@link #next()}. Constant
 * memory, no allocation per row; single-threaded. See {@link MarketDataReader} for errors.
 */
public final class QuoteCsvReader extends CsvReaderBase
{
    /**
     * Column index of the bid price, for {@link #mantissa(int)} and friends.
     */
    public static final int BID = 1;

    /**
     * Column index of the bid size, for {@link #mantissa(int)} and friends.
     */
    public static final int BID_SIZE = 2;

    /**
     * Column index of the ask price, for {@link #mantissa(int)} and friends.
     */
    public static final int ASK = 3;

    /**
     * Column index of the ask size, for {@link #mantissa(int)} and friends.
     */
    public static final int ASK_SIZE = 4;

    QuoteCsvReader(final CsvRecordReader records)
    {
        super(records);
    }

    /**
     * Open a file; its path is the display name in errors.
     *
     * @param file   the CSV file.
     * @param policy what to do with malformed rows.
     * @return a reader positioned after the header.
     * @throws MarketDataFormatException if the header lacks a required column.
     * @throws java.io.UncheckedIOException if the file cannot be opened or read.
     */
    public static QuoteCsvReader open(final Path file, final BadRowPolicy policy)
    {
        return new QuoteCsvReader(CsvRecordReader.open(file, MarketDataFormat.QUOTES, policy));
    }

    /**
     * Open from a stream, which the reader closes.
     *
     * @param in          UTF-8 CSV text.
     * @param displayName name used in error messages.
     * @param policy      what to do with malformed rows.
     * @return a reader positioned after the header.
     * @throws MarketDataFormatException if the header lacks a required column.
     * @throws java.io.UncheckedIOException if the stream cannot be read.
     */
    public static QuoteCsvReader open(final InputStream in, final String displayName, final BadRowPolicy policy)
    {
        return new QuoteCsvReader(CsvRecordReader.open(in, displayName, MarketDataFormat.QUOTES, policy));
    }

    /**
     * Require every bid and ask price to be exact at {@code decimals} places, enabling the {@code *Scaled()}
     * getters of those columns; a value that is not (e.g. 800.015 at 2) makes its row malformed.
     * Call before reading.
     *
     * @param decimals decimal places, 0 to {@link io.ticksignal.codecs.wire.FixedPoint#MAX_SCALE}.
     * @return this.
     */
    public QuoteCsvReader priceScale(final int decimals)
    {
        records.scale(BID, decimals);
        records.scale(ASK, decimals);
        return this;
    }

    /**
     * Require every bid and ask size to be exact at {@code decimals} places, enabling the {@code *Scaled()}
     * getters of those columns; a value that is not (e.g. 0.5 at 0) makes its row malformed.
     * Call before reading.
     *
     * @param decimals decimal places, 0 to {@link io.ticksignal.codecs.wire.FixedPoint#MAX_SCALE}.
     * @return this.
     */
    public QuoteCsvReader sizeScale(final int decimals)
    {
        records.scale(BID_SIZE, decimals);
        records.scale(ASK_SIZE, decimals);
        return this;
    }

    /**
     * @return the bid price as the nearest double.
     */
    public double bid()
    {
        return records.value(BID);
    }

    /**
     * @return the bid price's exact mantissa.
     */
    public long bidMantissa()
    {
        return records.mantissa(BID);
    }

    /**
     * @return the bid price's exact base-10 exponent.
     */
    public int bidExponent()
    {
        return records.exponent(BID);
    }

    /**
     * @return the bid price in units of {@code 10^-priceScale}.
     * @throws IllegalStateException if no {@link #priceScale(int)} was set.
     */
    public long bidScaled()
    {
        return records.scaled(BID);
    }

    /**
     * @return the bid size as the nearest double.
     */
    public double bidSize()
    {
        return records.value(BID_SIZE);
    }

    /**
     * @return the bid size's exact mantissa.
     */
    public long bidSizeMantissa()
    {
        return records.mantissa(BID_SIZE);
    }

    /**
     * @return the bid size's exact base-10 exponent.
     */
    public int bidSizeExponent()
    {
        return records.exponent(BID_SIZE);
    }

    /**
     * @return the bid size in units of {@code 10^-sizeScale}.
     * @throws IllegalStateException if no {@link #sizeScale(int)} was set.
     */
    public long bidSizeScaled()
    {
        return records.scaled(BID_SIZE);
    }

    /**
     * @return the ask price as the nearest double.
     */
    public double ask()
    {
        return records.value(ASK);
    }

    /**
     * @return the ask price's exact mantissa.
     */
    public long askMantissa()
    {
        return records.mantissa(ASK);
    }

    /**
     * @return the ask price's exact base-10 exponent.
     */
    public int askExponent()
    {
        return records.exponent(ASK);
    }

    /**
     * @return the ask price in units of {@code 10^-priceScale}.
     * @throws IllegalStateException if no {@link #priceScale(int)} was set.
     */
    public long askScaled()
    {
        return records.scaled(ASK);
    }

    /**
     * @return the ask size as the nearest double.
     */
    public double askSize()
    {
        return records.value(ASK_SIZE);
    }

    /**
     * @return the ask size's exact mantissa.
     */
    public long askSizeMantissa()
    {
        return records.mantissa(ASK_SIZE);
    }

    /**
     * @return the ask size's exact base-10 exponent.
     */
    public int askSizeExponent()
    {
        return records.exponent(ASK_SIZE);
    }

    /**
     * @return the ask size in units of {@code 10^-sizeScale}.
     * @throws IllegalStateException if no {@link #sizeScale(int)} was set.
     */
    public long askSizeScaled()
    {
        return records.scaled(ASK_SIZE);
    }
}
