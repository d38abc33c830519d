package io.ticksignal.codecs.data;

import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataFormat;
import io.ticksignal.codecs.text.MarketDataReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Real market-data files bundled on the classpath (from {@code org.ta4j:ta4j-examples:0.18}),
 * each a CSV file of a {@link MarketDataFormat} that the text readers read.
 * Thread-safe (stateless); every method opens or copies the resource afresh.
 */
public enum MarketDataSet
{
    /**
     * 100,000 Bitstamp BTC/USD trades, 2013-11-25T00:00:00Z to 2013-12-01T16:02:05Z, sorted by
     * time; header {@code timestamp,price,amount}, epoch seconds, 12-decimal prices and amounts,
     * CRLF line ends, no final newline. 18 trades have an amount of 0.
     */
    BITSTAMP_BTC_USD_TRADES(
        "bitstamp_trades_from_20131125_usd.csv",
        MarketDataFormat.TRADES,
        100_000,
        "Bitstamp BTC/USD trades, 2013-11-25 to 2013-12-01 (100,000 trades, epoch seconds)"),

    /**
     * 252 daily Apple Inc. (AAPL) bars in USD for the trading days of 2013; header
     * {@code date,open,high,low,close,volume}, dates {@code YYYY-MM-DD}, CRLF line ends.
     */
    AAPL_DAILY_BARS(
        "appleinc_bars_from_20130101_usd.csv",
        MarketDataFormat.BARS,
        252,
        "Apple Inc. (AAPL) daily OHLCV bars in USD, 2013 (252 trading days)");

    private final String resourceName;
    private final MarketDataFormat format;
    private final int rowCount;
    private final String description;

    MarketDataSet(
        final String resourceName, final MarketDataFormat format, final int rowCount, final String description)
    {
        this.resourceName = resourceName;
        this.format = format;
        this.rowCount = rowCount;
        this.description = description;
    }

    /**
     * @return the classpath resource name (at the classpath root), which is also the file name
     * used by {@link #extractTo(Path)}.
     */
    public String resourceName()
    {
        return resourceName;
    }

    /**
     * @return the file's format.
     */
    public MarketDataFormat format()
    {
        return format;
    }

    /**
     * @return number of data rows in the file (excluding the header).
     */
    public int rowCount()
    {
        return rowCount;
    }

    /**
     * @return a one-line human description.
     */
    public String description()
    {
        return description;
    }

    /**
     * Open the bundled file from the classpath. The caller closes the stream.
     *
     * @return the file's bytes.
     * @throws IllegalStateException if the resource is not on the classpath (the
     * {@code org.ta4j:ta4j-examples} dependency is missing).
     */
    public InputStream open()
    {
        final InputStream in = MarketDataSet.class.getClassLoader().getResourceAsStream(resourceName);
        if (in == null)
        {
            throw new IllegalStateException(
                "bundled data set " + name() + " is missing: resource '" + resourceName
                    + "' is not on the classpath (it ships in org.ta4j:ta4j-examples:0.18)");
        }
        return in;
    }

    /**
     * Open a reader of the bundled file, of the matching {@link #format()}; its display name in
     * errors is the resource name.
     *
     * @param policy what to do with malformed rows.
     * @return a reader positioned after the header; the caller closes it.
     * @throws IllegalStateException if the resource is not on the classpath.
     */
    public MarketDataReader openReader(final BadRowPolicy policy)
    {
        return format.open(open(), resourceName, policy);
    }

    /**
     * Copy the bundled file into a directory (created if absent), replacing any file of the same
     * name, byte for byte.
     *
     * @param directory target directory.
     * @return the path of the copied file, {@code directory/resourceName()}.
     * @throws IOException if the directory cannot be created or the file written.
     * @throws IllegalStateException if the resource is not on the classpath.
     */
    public Path extractTo(final Path directory) throws IOException
    {
        Files.createDirectories(directory);
        final Path target = directory.resolve(resourceName);
        try (InputStream in = open())
        {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
