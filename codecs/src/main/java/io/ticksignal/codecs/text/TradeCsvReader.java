package io.ticksignal.codecs.text;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Streaming reader of trades CSV: {@code timestamp,price,amount} (see {@link MarketDataFormat#TRADES}).
 * <pre>{@code
 * try (TradeCsvReader trades = TradeCsvReader.open(path, BadRowPolicy.FAIL).priceScale(2))
 * {
 *     while (trades.next())
 *     {
 *         handler.onTrade(trades.timestampNs(), trades.priceScaled(), trades.amount());
 *     }
 * }
 * }</pre>
 * Getters describe the current row and stay valid until the next {@link #next()}. Constant
 * memory, no allocation per row; single-threaded. See {@link MarketDataReader} for errors.
 */
public final class TradeCsvReader extends CsvReaderBase
{
    /**
     * Column index of the price, for {@link #mantissa(int)} and friends.
     */
    public static final int PRICE = 1;

    /**
     * Column index of the amount (traded size), for {@link #mantissa(int)} and friends.
     */
    public static final int AMOUNT = 2;

    TradeCsvReader(final CsvRecordReader records)
    {
        super(records);
    }

    /**
     * Open a trades file; its path is the display name in errors.
     *
     * @param file   the CSV file.
     * @param policy what to do with malformed rows.
     * @return a reader positioned after the header.
     * @throws MarketDataFormatException if the header lacks a required column.
     * @throws java.io.UncheckedIOException if the file cannot be opened or read.
     */
    public static TradeCsvReader open(final Path file, final BadRowPolicy policy)
    {
        return new TradeCsvReader(CsvRecordReader.open(file, MarketDataFormat.TRADES, policy));
    }

    /**
     * Open trades from a stream, which the reader closes.
     *
     * @param in          UTF-8 CSV text.
     * @param displayName name used in error messages.
     * @param policy      what to do with malformed rows.
     * @return a reader positioned after the header.
     * @throws MarketDataFormatException if the header lacks a required column.
     * @throws java.io.UncheckedIOException if the stream cannot be read.
     */
    public static TradeCsvReader open(final InputStream in, final String displayName, final BadRowPolicy policy)
    {
        return new TradeCsvReader(CsvRecordReader.open(in, displayName, MarketDataFormat.TRADES, policy));
    }

    /**
     * Require every price to be exact at {@code decimals} places, enabling {@link #priceScaled()};
     * a price that is not (e.g. 800.015 at 2) makes its row malformed. Call before reading.
     *
     * @param decimals decimal places, 0 to {@link io.ticksignal.codecs.wire.FixedPoint#MAX_SCALE}.
     * @return this.
     */
    public TradeCsvReader priceScale(final int decimals)
    {
        records.scale(PRICE, decimals);
        return this;
    }

    /**
     * Require every amount to be exact at {@code decimals} places, enabling {@link #amountScaled()}.
     *
     * @param decimals decimal places, 0 to {@link io.ticksignal.codecs.wire.FixedPoint#MAX_SCALE}.
     * @return this.
     */
    public TradeCsvReader amountScale(final int decimals)
    {
        records.scale(AMOUNT, decimals);
        return this;
    }

    /**
     * @return the price as the nearest double.
     */
    public double price()
    {
        return records.value(PRICE);
    }

    /**
     * @return the price's exact mantissa.
     */
    public long priceMantissa()
    {
        return records.mantissa(PRICE);
    }

    /**
     * @return the price's exact base-10 exponent.
     */
    public int priceExponent()
    {
        return records.exponent(PRICE);
    }

    /**
     * @return the price in units of {@code 10^-priceScale}.
     * @throws IllegalStateException if no {@link #priceScale(int)} was set.
     */
    public long priceScaled()
    {
        return records.scaled(PRICE);
    }

    /**
     * @return the amount as the nearest double.
     */
    public double amount()
    {
        return records.value(AMOUNT);
    }

    /**
     * @return the amount's exact mantissa.
     */
    public long amountMantissa()
    {
        return records.mantissa(AMOUNT);
    }

    /**
     * @return the amount's exact base-10 exponent.
     */
    public int amountExponent()
    {
        return records.exponent(AMOUNT);
    }

    /**
     * @return the amount in units of {@code 10^-amountScale}.
     * @throws IllegalStateException if no {@link #amountScale(int)} was set.
     */
    public long amountScaled()
    {
        return records.scaled(AMOUNT);
    }
}
