package io.ticksignal.codecs.text;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The kinds of market-data file the readers understand, with their required columns.
 * Column 0 is always the time; the others are decimals. Header names are matched
 * case-insensitively after trimming; the aliases listed are accepted too.
 */
public enum MarketDataFormat
{
    /**
     * Trades: {@code timestamp,price,amount} (aliases: {@code time} for timestamp;
     * {@code size}, {@code quantity}, {@code qty} for amount).
     */
    TRADES(
        new String[]{"timestamp", "time"},
        new String[]{"price"},
        new String[]{"amount", "size", "quantity", "qty"}),

    /**
     * OHLCV bars: {@code date,open,high,low,close,volume} (aliases: {@code timestamp}, {@code time}
     * for date). The date is {@code YYYY-MM-DD} (midnight UTC) or any time of {@link TimestampRules}.
     */
    BARS(
        new String[]{"date", "timestamp", "time"},
        new String[]{"open"},
        new String[]{"high"},
        new String[]{"low"},
        new String[]{"close"},
        new String[]{"volume"}),

    /**
     * Top-of-book quotes: {@code timestamp,bid,bid_size,ask,ask_size} (alias: {@code time} for
     * timestamp).
     */
    QUOTES(
        new String[]{"timestamp", "time"},
        new String[]{"bid"},
        new String[]{"bid_size"},
        new String[]{"ask"},
        new String[]{"ask_size"});

    private final String[][] namesByColumn;
    private final List<String> columnNames;

    MarketDataFormat(final String[]... namesByColumn)
    {
        this.namesByColumn = namesByColumn;
        final String[] primary = new String[namesByColumn.length];
        for (int i = 0; i < primary.length; i++)
        {
            primary[i] = namesByColumn[i][0];
        }
        this.columnNames = List.of(primary);
    }

    /**
     * @return the required columns' primary names, in canonical order; index 0 is the time.
     */
    public List<String> columnNames()
    {
        return columnNames;
    }

    /**
     * Open a reader of this format over a file.
     *
     * @param file   the CSV file; its path is the display name in errors.
     * @param policy what to do with malformed rows.
     * @return a reader positioned after the header.
     * @throws MarketDataFormatException if the header is missing or lacks a required column.
     * @throws java.io.UncheckedIOException if the file cannot be opened or read.
     */
    public MarketDataReader open(final Path file, final BadRowPolicy policy)
    {
        return open(CsvRecordReader.open(file, this, policy));
    }

    /**
     * Open a reader of this format over a stream, which the reader closes.
     *
     * @param in          UTF-8 CSV text.
     * @param displayName name used in error messages, e.g. the file name.
     * @param policy      what to do with malformed rows.
     * @return a reader positioned after the header.
     * @throws MarketDataFormatException if the header is missing or lacks a required column.
     * @throws java.io.UncheckedIOException if the stream cannot be read.
     */
    public MarketDataReader open(final InputStream in, final String displayName, final BadRowPolicy policy)
    {
        return open(CsvRecordReader.open(in, displayName, this, policy));
    }

    private MarketDataReader open(final CsvRecordReader records)
    {
        switch (this)
        {
            case TRADES:
                return new TradeCsvReader(records);
            case BARS:
                return new BarCsvReader(records);
            default:
                return new QuoteCsvReader(records);
        }
    }

    int columnCount()
    {
        return namesByColumn.length;
    }

    /**
     * @return the column (0-based, canonical order) that a trimmed header name denotes, or -1.
     */
    int columnOf(final String headerName)
    {
        for (int column = 0; column < namesByColumn.length; column++)
        {
            for (final String name : namesByColumn[column])
            {
                if (name.equalsIgnoreCase(headerName))
                {
                    return column;
                }
            }
        }
        return -1;
    }
}
