package io.ticksignal.replay.dataset;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataFormat;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.EventFeature;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.feature.offline.MarketDataInput;
import io.ticksignal.engine.feature.offline.OfflineFeatureRunner;
import io.ticksignal.engine.feature.offline.ProgressListener;
import io.ticksignal.engine.model.LabelSpec;
import io.ticksignal.replay.run.ReplayFilter;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A market-data CSV (a file of a given format, or a bundled data set) as a dataset's input: one instrument, rows
 * in file order, trades without an aggressor side (as {@code ticksignal features} reads them). A malformed row
 * ends the read with a {@link io.ticksignal.codecs.text.MarketDataFormatException} naming file, line and column.
 * Single-threaded; reading allocates nothing per row beyond what the builder keeps.
 */
public final class CsvDatasetSource
{
    private final Path file;
    private final MarketDataSet dataSet;
    private final MarketDataFormat format;
    private final Timeframe inputTimeframe;

    private CsvDatasetSource(
        final Path file, final MarketDataSet dataSet, final MarketDataFormat format, final Timeframe inputTimeframe)
    {
        this.file = file;
        this.dataSet = dataSet;
        this.format = format;
        this.inputTimeframe = inputTimeframe;
    }

    /**
     * Checks the features and the label against a file before anything is built, with the checks of
     * {@code ticksignal features} (a feature that needs quotes on a trades file, a timeframe finer than a bar
     * file's interval; a bar file is read once to learn its interval).
     *
     * @param file     the CSV file.
     * @param format   its format.
     * @param features the features.
     * @param label    the label; its timeframe must not be finer than a bar file's interval.
     * @return the source.
     * @throws io.ticksignal.engine.feature.catalog.FeatureExpressionException for a feature that does not fit.
     * @throws io.ticksignal.engine.feature.offline.FeatureRunException when a bar file's interval cannot be told.
     * @throws DatasetException when the label's timeframe is finer than the input's bars.
     */
    public static CsvDatasetSource file(
        final Path file, final MarketDataFormat format, final List<ParsedFeature> features, final LabelSpec label)
    {
        final MarketDataInput input = MarketDataInput.file(file, format);
        return new CsvDatasetSource(file, null, format, check(input, features, label));
    }

    /**
     * As {@link #file} for a bundled data set.
     *
     * @param dataSet  the data set.
     * @param features the features.
     * @param label    the label.
     * @return the source.
     */
    public static CsvDatasetSource dataSet(
        final MarketDataSet dataSet, final List<ParsedFeature> features, final LabelSpec label)
    {
        final MarketDataInput input = MarketDataInput.dataSet(dataSet);
        return new CsvDatasetSource(null, dataSet, dataSet.format(), check(input, features, label));
    }

    private static Timeframe check(
        final MarketDataInput input, final List<ParsedFeature> features, final LabelSpec label)
    {
        final Timeframe inputTimeframe =
            OfflineFeatureRunner.prepare(input, Optional.empty(), features).inputTimeframe();
        if (label.timeframe().lengthNs() < inputTimeframe.lengthNs())
        {
            throw new DatasetException("--label " + label.expression() + ": " + label.timeframe().configName() +
                " is finer than the input " + input.name() + ", which is " + inputTimeframe.configName() +
                " bars; use @" + inputTimeframe.configName() + " or coarser");
        }
        return inputTimeframe;
    }

    /**
     * Read every row into the builder as one instrument.
     *
     * @param builder  where events go.
     * @param symbol   the instrument's symbol in the rows.
     * @param filter   event times to use (the filter's instrument is ignored: a CSV has one).
     * @param progress told every {@link ProgressListener#INTERVAL} rows.
     * @return what was read.
     * @throws io.ticksignal.codecs.text.MarketDataFormatException on a malformed row.
     * @throws java.io.UncheckedIOException if the file cannot be read.
     */
    public InputSummary readInto(
        final DatasetBuilder builder, final String symbol, final ReplayFilter filter, final ProgressListener progress)
    {
        final int instrument = builder.instrument(symbol);
        final long intervalNs = inputTimeframe.lengthNs();
        long outside = 0;
        try (MarketDataReader reader = open())
        {
            while (reader.next())
            {
                final long timeNs = reader.timestampNs();
                if (timeNs < filter.fromNs() || timeNs >= filter.toNs())
                {
                    outside++;
                }
                else if (format == MarketDataFormat.TRADES)
                {
                    builder.onTrade(instrument, timeNs, reader.value(1), reader.value(2),
                        EventFeature.AGGRESSOR_UNKNOWN);
                }
                else if (format == MarketDataFormat.QUOTES)
                {
                    builder.onQuote(instrument, timeNs, reader.value(1), reader.value(2), reader.value(3),
                        reader.value(4));
                }
                else
                {
                    builder.onBar(instrument, timeNs, intervalNs, reader.value(1), reader.value(2), reader.value(3),
                        reader.value(4), reader.value(5));
                }
                if ((reader.rowsRead() & (ProgressListener.INTERVAL - 1)) == 0)
                {
                    progress.onProgress(reader.rowsRead());
                }
            }
            return new InputSummary(reader.rowsRead(), outside, 0, 0, 0);
        }
    }

    private MarketDataReader open()
    {
        return file != null ? format.open(file, BadRowPolicy.FAIL) : dataSet.openReader(BadRowPolicy.FAIL);
    }

    /**
     * @return the input's own timeframe: a bar file's interval, or tick for trades and quotes.
     */
    public Timeframe inputTimeframe()
    {
        return inputTimeframe;
    }

    /**
     * @return the input's format.
     */
    public MarketDataFormat format()
    {
        return format;
    }
}
