package io.ticksignal.codecs.text;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Streaming reader of OHLCV bars CSV: {@code date,open,high,low,close,volume}
 * (see {@link MarketDataFormat#BARS}). The bar's time, {@link #timestampNs()}, is its date at
 * midnight UTC, or the epoch time given (seconds or millis, told apart by magnitude as in
 * {@link TimestampRules}).
 * <pre>{@code
 * try (BarCsvReader bars = BarCsvReader.open(path, BadRowPolicy.FAIL))
 * {
 *     while (bars.next())
 *     {
 *         series.onBar(bars.timestampNs(), bars.openPrice(), bars.highPrice(), bars.lowPrice(), bars.closePrice(), bars.volume());
 *     }
 * }
 * }</pre>
 * Getters describe the current row and stay valid until the next {@link #next()}. Constant
 * memory, no allocation per row; single-threaded. See {@link MarketDataReader} for errors.
 */
public final class BarCsvReader extends CsvReaderBase
{
    /**
     * Column index of the open price, for {@link #mantissa(int)} and friends.
     */
    public static final int OPEN = 1;

    /**
     * Column index of the high price, for {@link #mantissa(int)} and friends.
     */
    public static final int HIGH = 2;

    /**
     * Column index of the low price, for {@link #mantissa(int)} and friends.
     */
    public static final int LOW = 3;

    /**
     * Column index of the close price, for {@link #mantissa(int)} and friends.
     */
    public static final int CLOSE = 4;

    /**
     * Column index of the volume, for {@link #mantissa(int)} and friends.
     */
    public static final int VOLUME = 5;

    BarCsvReader(final CsvRecordReader records)
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
    public static BarCsvReader open(final Path file, final BadRowPolicy policy)
    {
        return new BarCsvReader(CsvRecordReader.open(file, MarketDataFormat.BARS, policy));
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
    public static BarCsvReader open(final InputStream in, final String displayName, final BadRowPolicy policy)
    {
        return new BarCsvReader(CsvRecordReader.open(in, displayName, MarketDataFormat.BARS, policy));
    }

    /**
     * Require every open, high, low and close price to be exact at {@code decimals} places, enabling the {@code *Scaled()}
     * getters of those columns; a value that is not (e.g. 553.825 at 2) makes its row malformed.
     * Call before reading.
     *
     * @param decimals decimal places, 0 to {@link io.ticksignal.codecs.wire.FixedPoint#MAX_SCALE}.
     * @return this.
     */
    public BarCsvReader priceScale(final int decimals)
    {
        records.scale(OPEN, decimals);
        records.scale(HIGH, decimals);
        records.scale(LOW, decimals);
        records.scale(CLOSE, decimals);
        return this;
    }

    /**
     * Require every volume to be exact at {@code decimals} places, enabling the {@code *Scaled()}
     * getters of those columns; a value that is not (e.g. 1.5 at 0) makes its row malformed.
     * Call before reading.
     *
     * @param decimals decimal places, 0 to {@link io.ticksignal.codecs.wire.FixedPoint#MAX_SCALE}.
     * @return this.
     */
    public BarCsvReader volumeScale(final int decimals)
    {
        records.scale(VOLUME, decimals);
        return this;
    }

    /**
     * @return the open price as the nearest double.
     */
    public double openPrice()
    {
        return records.value(OPEN);
    }

    /**
     * @return the open price's exact mantissa.
     */
    public long openPriceMantissa()
    {
        return records.mantissa(OPEN);
    }

    /**
     * @return the open price's exact base-10 exponent.
     */
    public int openPriceExponent()
    {
        return records.exponent(OPEN);
    }

    /**
     * @return the open price in units of {@code 10^-priceScale}.
     * @throws IllegalStateException if no {@link #priceScale(int)} was set.
     */
    public long openPriceScaled()
    {
        return records.scaled(OPEN);
    }

    /**
     * @return the high price as the nearest double.
     */
    public double highPrice()
    {
        return records.value(HIGH);
    }

    /**
     * @return the high price's exact mantissa.
     */
    public long highPriceMantissa()
    {
        return records.mantissa(HIGH);
    }

    /**
     * @return the high price's exact base-10 exponent.
     */
    public int highPriceExponent()
    {
        return records.exponent(HIGH);
    }

    /**
     * @return the high price in units of {@code 10^-priceScale}.
     * @throws IllegalStateException if no {@link #priceScale(int)} was set.
     */
    public long highPriceScaled()
    {
        return records.scaled(HIGH);
    }

    /**
     * @return the low price as the nearest double.
     */
    public double lowPrice()
    {
        return records.value(LOW);
    }

    /**
     * @return the low price's exact mantissa.
     */
    public long lowPriceMantissa()
    {
        return records.mantissa(LOW);
    }

    /**
     * @return the low price's exact base-10 exponent.
     */
    public int lowPriceExponent()
    {
        return records.exponent(LOW);
    }

    /**
     * @return the low price in units of {@code 10^-priceScale}.
     * @throws IllegalStateException if no {@link #priceScale(int)} was set.
     */
    public long lowPriceScaled()
    {
        return records.scaled(LOW);
    }

    /**
     * @return the close price as the nearest double.
     */
    public double closePrice()
    {
        return records.value(CLOSE);
    }

    /**
     * @return the close price's exact mantissa.
     */
    public long closePriceMantissa()
    {
        return records.mantissa(CLOSE);
    }

    /**
     * @return the close price's exact base-10 exponent.
     */
    public int closePriceExponent()
    {
        return records.exponent(CLOSE);
    }

    /**
     * @return the close price in units of {@code 10^-priceScale}.
     * @throws IllegalStateException if no {@link #priceScale(int)} was set.
     */
    public long closePriceScaled()
    {
        return records.scaled(CLOSE);
    }

    /**
     * @return the volume as the nearest double.
     */
    public double volume()
    {
        return records.value(VOLUME);
    }

    /**
     * @return the volume's exact mantissa.
     */
    public long volumeMantissa()
    {
        return records.mantissa(VOLUME);
    }

    /**
     * @return the volume's exact base-10 exponent.
     */
    public int volumeExponent()
    {
        return records.exponent(VOLUME);
    }

    /**
     * @return the volume in units of {@code 10^-volumeScale}.
     * @throws IllegalStateException if no {@link #volumeScale(int)} was set.
     */
    public long volumeScaled()
    {
        return records.scaled(VOLUME);
    }
}
