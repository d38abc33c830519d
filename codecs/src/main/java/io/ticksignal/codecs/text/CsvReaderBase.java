package io.ticksignal.codecs.text;

import java.util.List;

/**
 * What the three CSV readers share: the row engine and the format-independent half of
 * {@link MarketDataReader}. Subclasses add typed getters for their columns.
 */
abstract class CsvReaderBase implements MarketDataReader
{
    final CsvRecordReader records;

    CsvReaderBase(final CsvRecordReader records)
    {
        this.records = records;
    }

    @Override
    public boolean next()
    {
        return records.next();
    }

    @Override
    public long timestampNs()
    {
        return records.timestampNs();
    }

    @Override
    public long mantissa(final int column)
    {
        return records.mantissa(column);
    }

    @Override
    public int exponent(final int column)
    {
        return records.exponent(column);
    }

    @Override
    public double value(final int column)
    {
        return records.value(column);
    }

    @Override
    public MarketDataFormat format()
    {
        return records.format();
    }

    @Override
    public String fileName()
    {
        return records.fileName();
    }

    @Override
    public long lineNumber()
    {
        return records.lineNumber();
    }

    @Override
    public long rowsRead()
    {
        return records.rowsRead();
    }

    @Override
    public long rowsSkipped()
    {
        return records.rowsSkipped();
    }

    @Override
    public List<String> firstErrors()
    {
        return records.firstErrors();
    }

    @Override
    public void close()
    {
        records.close();
    }
}
