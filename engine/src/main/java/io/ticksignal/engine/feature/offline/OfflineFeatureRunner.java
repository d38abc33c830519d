package io.ticksignal.engine.feature.offline;

import io.ticksignal.codecs.text.MarketDataFormat;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.EventFeature;
import io.ticksignal.engine.feature.catalog.FeatureExpressionException;
import io.ticksignal.engine.feature.catalog.FeatureInput;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.feature.timeline.FeatureTimeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs parsed features over a market-data CSV and writes the feature CSV (see the package
 * documentation for timeframes and point-in-time rules). {@link #prepare} checks everything that
 * can be checked before output is written; {@link #run} reads the input once more and writes.
 * <p>
 * Use once, from one thread. Construction allocates; the per-input work allocates nothing.
 */
public final class OfflineFeatureRunner
{
    private final MarketDataInput input;
    private final List<ParsedFeature> features;
    private final Timeframe inputTimeframe;
    private final Timeframe rowTimeframe;

    private OfflineFeatureRunner(
        final MarketDataInput input,
        final List<ParsedFeature> features,
        final Timeframe inputTimeframe,
        final Timeframe rowTimeframe)
    {
        this.input = input;
        this.features = List.copyOf(features);
        this.inputTimeframe = inputTimeframe;
        this.rowTimeframe = rowTimeframe;
    }

    /**
     * Check a run before any output is written: learns a bar file's interval (reading it once), picks
     * the row timeframe, and checks each feature's input kind and timeframe against the input.
     *
     * @param input        the market data.
     * @param rowTimeframe the rows' timeframe; empty for the input's own (a bar file's interval, or
     *                     tick for trades and quotes).
     * @param features     the features, in column order; at least one.
     * @return a runner ready to {@link #run}.
     * @throws FeatureRunException if the row timeframe is finer than the input bars, or a bar file's
     *                             interval cannot be told.
     * @throws FeatureExpressionException if a feature needs another input or a finer timeframe.
     * @throws io.ticksignal.codecs.text.MarketDataFormatException on a malformed bar file.
     */
    public static OfflineFeatureRunner prepare(
        final MarketDataInput input, final Optional<Timeframe> rowTimeframe, final List<ParsedFeature> features)
    {
        if (features.isEmpty())
        {
            throw new FeatureRunException("no features to compute; give at least one expression");
        }
        final Timeframe inputTimeframe = input.format() == MarketDataFormat.BARS ?
            BarIntervals.infer(input) : Timeframe.TICK;
        final Timeframe rows = rowTimeframe.orElse(inputTimeframe);
        if (rows.lengthNs() < inputTimeframe.lengthNs())
        {
            throw new FeatureRunException("--timeframe " + rows.configName() + " is finer than the input bars of " +
                input.name() + ", which are " + inputTimeframe.configName() + " bars; use " +
                inputTimeframe.configName() + " or coarser");
        }
        for (final ParsedFeature feature : features)
        {
            check(input, inputTimeframe, rows, feature);
        }
        return new OfflineFeatureRunner(input, features, inputTimeframe, rows);
    }

    private static void check(
        final MarketDataInput input, final Timeframe inputTimeframe, final Timeframe rows, final ParsedFeature feature)
    {
        final FeatureInput needs = feature.entry().input();
        final boolean fits = needs == FeatureInput.BARS ||
            (needs == FeatureInput.TRADES && input.format() == MarketDataFormat.TRADES) ||
            (needs == FeatureInput.QUOTES && input.format() == MarketDataFormat.QUOTES);
        if (!fits)
        {
            throw new FeatureExpressionException(feature.text(), 1, feature.entry().name() + " needs " +
                needs.description() + ", but the input is " + input.format().name().toLowerCase(Locale.ROOT));
        }
        final Timeframe timeframe = feature.timeframeOr(rows);
        if (timeframe.lengthNs() < inputTimeframe.lengthNs())
        {
            throw new FeatureExpressionException(feature.text(), feature.timeframePosition() + 1,
                "timeframe " + timeframe.configName() + " is finer than the input, which is " +
                inputTimeframe.configName() + " bars; use @" + inputTimeframe.configName() + " or coarser");
        }
    }

    /**
     * Read the input and write the CSV; flushes the writer but does not close it.
     *
     * @param out      where the CSV goes.
     * @param progress told every {@link ProgressListener#INTERVAL} input rows.
     * @return what was done.
     * @throws io.ticksignal.codecs.text.MarketDataFormatException on a malformed row (file, line, column).
     * @throws UncheckedIOException if reading or writing fails.
     */
    public OfflineRunSummary run(final Writer out, final ProgressListener progress)
    {
        final RowSampler sampler = new RowSampler(rowTimeframe);
        final FeatureTimeline timeline = FeatureTimeline.create(features, rowTimeframe, rowTimeframe, sampler);
        final CsvRowWriter writer = new CsvRowWriter(out, timeline);
        sampler.writeTo(writer);
        writer.writeHeader();
        final long rowsRead = read(timeline, progress);
        try
        {
            out.flush();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write the feature CSV: " + ex.getMessage(), ex);
        }
        return new OfflineRunSummary(writer.rowCount(), rowsRead, timeline.rejectedInvalidCount(),
            timeline.rejectedLateCount(), rowTimeframe);
    }

    private long read(final FeatureTimeline timeline, final ProgressListener progress)
    {
        try (MarketDataReader reader = input.open())
        {
            final MarketDataFormat format = input.format();
            while (reader.next())
            {
                if (format == MarketDataFormat.TRADES)
                {
                    timeline.onTrade(reader.timestampNs(), reader.value(1), reader.value(2),
                        EventFeature.AGGRESSOR_UNKNOWN);
                }
                else if (format == MarketDataFormat.QUOTES)
                {
                    timeline.onQuote(reader.timestampNs(), reader.value(1), reader.value(2), reader.value(3),
                        reader.value(4));
                }
                else
                {
                    timeline.onBar(reader.timestampNs(), inputTimeframe.lengthNs(), reader.value(1),
                        reader.value(2), reader.value(3), reader.value(4), reader.value(5));
                }
                if ((reader.rowsRead() & (ProgressListener.INTERVAL - 1)) == 0)
                {
                    progress.onProgress(reader.rowsRead());
                }
            }
            timeline.finish();
            return reader.rowsRead();
        }
    }

    /**
     * @return the timeframe of the rows.
     */
    public Timeframe rowTimeframe()
    {
        return rowTimeframe;
    }

    /**
     * @return the input's own timeframe: a bar file's interval, or tick for trades and quotes.
     */
    public Timeframe inputTimeframe()
    {
        return inputTimeframe;
    }

    /**
     * @return the CSV header columns after {@code time}: each expression exactly as given.
     */
    public List<String> headers()
    {
        return features.stream().map(ParsedFeature::text).collect(Collectors.toList());
    }

    @Override
    public String toString()
    {
        return input + " @" + rowTimeframe.configName() + " " + Arrays.toString(headers().toArray());
    }
}
