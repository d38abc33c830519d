package io.ticksignal.cli;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.MarketDataFormat;
import io.ticksignal.codecs.text.MarketDataFormatException;
import io.ticksignal.config.InstrumentConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.feature.catalog.FeatureExpressionException;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.feature.offline.FeatureRunException;
import io.ticksignal.engine.feature.offline.ProgressListener;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.model.LabelSpec;
import io.ticksignal.replay.dataset.CsvDatasetSource;
import io.ticksignal.replay.dataset.Dataset;
import io.ticksignal.replay.dataset.DatasetBuilder;
import io.ticksignal.replay.dataset.DatasetCsv;
import io.ticksignal.replay.dataset.DatasetException;
import io.ticksignal.replay.dataset.DatasetFiles;
import io.ticksignal.replay.dataset.DatasetLabel;
import io.ticksignal.replay.dataset.DatasetSummary;
import io.ticksignal.replay.dataset.InputSummary;
import io.ticksignal.replay.dataset.JournalDatasetSource;
import io.ticksignal.replay.run.EventTimes;
import io.ticksignal.replay.run.ReplayFilter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Collectors;

/**
 * {@code ticksignal dataset}: a point-in-time training dataset (features at each bar close, the forward return and
 * its class) from a market-data CSV or a journal, as a CSV plus its {@code .meta.yaml} sidecar.
 */
@Command(
    name = "dataset",
    header = "Export a point-in-time training dataset: features at each bar close, forward-return labels.",
    mixinStandardHelpOptions = true,
    description = {
        "Build a dataset from a market-data CSV (--input) or a journal's accepted inputs (--journal): one row per " +
            "close of a label-timeframe bar, with every feature as the live engine holds it after that close (same " +
            "code), the forward return close[t+H]/close[t]-1 of the label's bars and its class (2 classes: UP if " +
            "the return > threshold, else DOWN; 3: DOWN if < -threshold, UP if > threshold, else FLAT). Only rows " +
            "with every feature warm and the label known (bar t+H closed) are written.",
        "Writes DATA.csv and DATA.csv.meta.yaml (format ticksignal-dataset/1); kept and dropped rows are counted " +
            "on stderr. Expressions without '@' run on every input (tick), as in the engine: write @1m for 1m bars." },
    footer = {
        "",
        "Examples:",
        "  ticksignal dataset --input bitstamp_btc_usd_trades \\",
        "      --features 'rsi(14)@1m;roc(5)@1m' --label 'fwd_return(5)@1m' --out btc.csv",
        "  ticksignal dataset --input bars.csv --format bars --features 'rsi(14)@1d' \\",
        "      --label 'fwd_return(1)@1d' --classes 3 --threshold 0.005 --out aapl.csv",
        "  ticksignal dataset --journal /tmp/ticksignal/ticksignal-demo/journal \\",
        "      --instrument BTC-USD --from 2013-11-26 --features 'rsi(14)@1m' \\",
        "      --label 'fwd_return(5)@1m' --out btc.csv" })
final class DatasetCommand implements Runnable
{
    private static final String BUNDLED_ARTIFACT = "org.ta4j:ta4j-examples:0.18";

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "With --input FILE: trades, bars or quotes (a bundled data set knows its own).")
    MarketDataFormat format;

    @Option(names = { "-c", "--config" }, paramLabel = "FILE",
        description = "With --journal: the configuration naming the instruments. Default: the bundled demo one.")
    Path config;

    @Option(names = "--instrument", paramLabel = "SYMBOL",
        description = "With --journal: only this instrument. With --input: the symbol written in the rows " +
            "(default: the data set's name or the file's name without .csv).")
    String instrument;

    @Option(names = "--from", paramLabel = "TIME",
        description = "Use only inputs at or after this event time: epoch ms, ISO-8601 instant, or UTC date(-time).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Use only inputs before this event time (as --from).")
    String to;

    @Option(names = { "-f", "--features" }, required = true, paramLabel = "EXPRS",
        description = "Feature expressions separated by ';', e.g. 'rsi(14)@1m;roc(5)@1m;trade_rate(100)'.")
    String features;

    @Option(names = "--label", required = true, paramLabel = "fwd_return(H)@TF",
        description = "The forward return over H bars of timeframe TF, e.g. fwd_return(5)@1m.")
    String label;

    @Option(names = "--classes", paramLabel = "2|3", defaultValue = "2",
        description = "2 (DOWN, UP) or 3 (DOWN, FLAT, UP). Default: ${DEFAULT-VALUE}.")
    int classes;

    @Option(names = "--threshold", paramLabel = "X",
        description = "Class threshold on the return, a fraction >= 0 (0.001 = 0.1%%). Default 0 with 2 classes; " +
            "required with 3.")
    Double threshold;

    @Option(names = { "-o", "--out" }, required = true, paramLabel = "DATA.csv",
        description = "Output CSV; its sidecar is DATA.csv.meta.yaml. '-' writes the CSV to standard output, " +
            "without a sidecar.")
    String out;

    /**
     * The input: a CSV (or bundled data set) or a journal.
     */
    static final class Source
    {
        @Option(names = { "-i", "--input" }, paramLabel = "FILE|DATASET", required = true,
            description = "Market-data CSV, or a bundled data set name (see 'ticksignal data list').")
        String input;

        @Option(names = { "-j", "--journal" }, paramLabel = "DIR", required = true,
            description = "A journal directory: its accepted INPUT records, in engine-sequence order.")
        Path journal;
    }

    @Override
    public void run()
    {
        final Path csv = outputPath();
        final LabelSpec labelSpec = userError(() -> DatasetLabel.parse(label, classes, threshold));
        final List<ParsedFeature> parsed = parseFeatures();
        final DatasetBuilder builder = userError(() -> new DatasetBuilder(parsed, labelSpec));
        final ReplayFilter filter;
        final InputSummary input;
        final String sourceName;
        if (source.journal != null)
        {
            requireAbsent(format != null, "--format goes with --input, not --journal");
            final TicksignalConfig loaded = ClientOptions.loadConfig(config);
            filter = filter(instrumentId(loaded));
            input = readJournal(builder, filter, symbols(loaded));
            sourceName = source.journal.toString();
        }
        else
        {
            requireAbsent(config != null, "--config goes with --journal, not --input");
            filter = filter(ReplayFilter.ALL_INSTRUMENTS);
            final MarketDataSet dataSet = dataSet();
            final CsvDatasetSource csvSource = csvSource(dataSet, parsed, labelSpec);
            final String symbol = instrument != null ? instrument : defaultSymbol(dataSet);
            input = read(() -> csvSource.readInto(builder, symbol, filter, progress()));
            sourceName = dataSet != null ? dataSet.name().toLowerCase(Locale.ROOT) + " (" + BUNDLED_ARTIFACT + ")" :
                source.input;
        }
        final Dataset dataset = builder.finish();
        if (dataset.rows().isEmpty())
        {
            throw new UserErrorException("no rows: " + dataset.emptyReason());
        }
        write(dataset, csv, sourceName);
        printSummary(dataset, input);
    }

    private Path outputPath()
    {
        if ("-".equals(out))
        {
            return null;
        }
        if (out.toLowerCase(Locale.ROOT).endsWith(".parquet"))
        {
            throw new UserErrorException("--out " + out + ": Parquet is not supported (Ticksignal has no Parquet " +
                "writer); write CSV instead, e.g. --out " + out.substring(0, out.length() - ".parquet".length()) +
                ".csv");
        }
        final Path path = Path.of(out).toAbsolutePath();
        if (!Files.isDirectory(path.getParent()))
        {
            throw new UserErrorException("--out " + out + ": the directory " + path.getParent() +
                " does not exist; create it or choose another path");
        }
        if (Files.isDirectory(path))
        {
            throw new UserErrorException("--out " + out + " is a directory; give a file name, e.g. " +
                path.resolve("data.csv"));
        }
        return path;
    }

    private List<ParsedFeature> parseFeatures()
    {
        try
        {
            return FeatureExpressionParser.standard().parseList(features);
        }
        catch (final FeatureExpressionException ex)
        {
            throw new UserErrorException("bad feature expression: " + ex.getMessage(), ex);
        }
    }

    private ReplayFilter filter(final long instrumentId)
    {
        try
        {
            final long fromNs = from == null ? Long.MIN_VALUE : EventTimes.parseToEpochNs(from);
            final long toNs = to == null ? Long.MAX_VALUE : EventTimes.parseToEpochNs(to);
            return new ReplayFilter(fromNs, toNs, instrumentId);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new UserErrorException("--from/--to: " + ex.getMessage(), ex);
        }
    }

    private long instrumentId(final TicksignalConfig loaded)
    {
        if (instrument == null)
        {
            return ReplayFilter.ALL_INSTRUMENTS;
        }
        return loaded.instrument(instrument).orElseThrow(() -> new UserErrorException("--instrument: '" +
            instrument + "' is not an instrument of the configuration; known: " +
            loaded.instruments().stream().map(InstrumentConfig::symbol).collect(Collectors.toList()))).id();
    }

    private static Map<Long, String> symbols(final TicksignalConfig loaded)
    {
        return loaded.instruments().stream().collect(Collectors.toMap(i -> (long)i.id(), InstrumentConfig::symbol));
    }

    private InputSummary readJournal(
        final DatasetBuilder builder, final ReplayFilter filter, final Map<Long, String> symbols)
    {
        final Path journal = source.journal;
        if (!Files.isDirectory(journal))
        {
            throw new UserErrorException("--journal " + journal + ": no such directory; give the engine's " +
                "journal.directory (e.g. /tmp/ticksignal/ticksignal-demo/journal)");
        }
        final JournalDatasetSource reader = new JournalDatasetSource(builder, filter,
            id -> symbols.getOrDefault(id, Long.toString(id)), progress());
        try (JournalReader journalReader = openJournal(journal))
        {
            if (journalReader.isEmpty())
            {
                throw new UserErrorException("--journal " + journal + " holds no journal records; give the " +
                    "engine's journal.directory (e.g. /tmp/ticksignal/ticksignal-demo/journal)");
            }
            return read(() -> reader.readAll(journalReader));
        }
    }

    private static JournalReader openJournal(final Path journal)
    {
        try
        {
            return JournalReader.open(journal);
        }
        catch (final RuntimeException ex)
        {
            throw new UserErrorException("--journal: cannot open " + journal + " as a journal: " + ex.getMessage(),
                ex);
        }
    }

    private MarketDataSet dataSet()
    {
        final Path file = Path.of(source.input);
        if (Files.isRegularFile(file))
        {
            requireAbsent(format == null, "missing --format trades|bars|quotes for " + source.input);
            return null;
        }
        for (final MarketDataSet set : MarketDataSet.values())
        {
            if (set.name().equalsIgnoreCase(source.input))
            {
                if (format != null && format != set.format())
                {
                    throw new UserErrorException("the data set " + source.input + " is " + lower(set.format()) +
                        ", not " + lower(format) + "; drop --format or use --format " + lower(set.format()));
                }
                return set;
            }
        }
        throw new UserErrorException("--input: no such file: " + file.toAbsolutePath() + " (nor a bundled data " +
            "set: " + Arrays.stream(MarketDataSet.values()).map(DatasetCommand::lower)
            .collect(Collectors.joining(", ")) + ")");
    }

    private CsvDatasetSource csvSource(
        final MarketDataSet dataSet, final List<ParsedFeature> parsed, final LabelSpec labelSpec)
    {
        return read(() -> dataSet != null ? CsvDatasetSource.dataSet(dataSet, parsed, labelSpec) :
            CsvDatasetSource.file(Path.of(source.input), format, parsed, labelSpec));
    }

    private String defaultSymbol(final MarketDataSet dataSet)
    {
        if (dataSet != null)
        {
            return lower(dataSet);
        }
        final String name = Path.of(source.input).getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }

    private static <T> T read(final Supplier<T> work)
    {
        try
        {
            return userError(work);
        }
        catch (final MarketDataFormatException | FeatureRunException ex)
        {
            throw new UserErrorException(ex.getMessage(), ex);
        }
        catch (final FeatureExpressionException ex)
        {
            throw new UserErrorException("bad feature expression: " + ex.getMessage(), ex);
        }
        catch (final UncheckedIOException ex)
        {
            throw new UserErrorException("cannot read the input: " + ex.getMessage(), ex);
        }
    }

    private static <T> T userError(final Supplier<T> work)
    {
        try
        {
            return work.get();
        }
        catch (final DatasetException ex)
        {
            throw new UserErrorException(ex.getMessage(), ex);
        }
    }

    private ProgressListener progress()
    {
        if (System.console() == null)
        {
            return ProgressListener.NONE;
        }
        final PrintWriter err = spec.commandLine().getErr();
        return read -> err.printf("\rdataset: %,d inputs read", read).flush();
    }

    private void write(final Dataset dataset, final Path csv, final String sourceName)
    {
        if (System.console() != null)
        {
            spec.commandLine().getErr().print("\r");
        }
        try
        {
            if (csv == null)
            {
                DatasetCsv.write(dataset, spec.commandLine().getOut());
                return;
            }
            DatasetFiles.write(dataset, csv, sourceName, RecordedCommand.of(spec));
        }
        catch (final IOException ex)
        {
            throw new UserErrorException("cannot write " + (csv == null ? "standard output" : csv.toString()) +
                ": " + ex + "; choose a writable --out path", ex);
        }
    }

    private void printSummary(final Dataset dataset, final InputSummary input)
    {
        final DatasetSummary summary = dataset.summary();
        final List<String> classNames = dataset.classNames();
        final String classCounts = IntStream.range(0, classNames.size())
            .mapToObj(i -> classNames.get(i) + " " + summary.classCount(i)).collect(Collectors.joining(", "));
        final String timeframe = dataset.label().timeframe().configName();
        final PrintWriter err = spec.commandLine().getErr();
        err.println("dataset: " + ("-".equals(out) ? "standard output" : out + " (+ " +
            DatasetFiles.metaPath(Path.of(out)).getFileName() + ")") + ": " + summary.rows() + " rows, " +
            dataset.label().expression() + ": " + classCounts);
        err.println("dataset: " + summary.barCloses() + " " + timeframe + " bar closes: " + summary.rows() +
            " rows, " + summary.droppedWarmUp() + " dropped in feature warm-up, " + summary.droppedUnknownLabel() +
            " dropped with the label unknown (the last " + dataset.label().horizonBars() + " bars)");
        final StringBuilder inputs = new StringBuilder("dataset: ").append(input.eventsRead()).append(" inputs read");
        if (input.outsideTimeRange() + input.otherInstruments() > 0)
        {
            inputs.append(", ").append(input.eventsUsed()).append(" used (").append(input.outsideTimeRange())
                .append(" outside --from/--to, ").append(input.otherInstruments()).append(" other instruments)");
        }
        inputs.append(", ").append(summary.rejectedInvalid() + summary.rejectedLate()).append(" rejected (")
            .append(summary.rejectedInvalid()).append(" invalid, ").append(summary.rejectedLate())
            .append(" out of order)");
        if (source.journal != null)
        {
            inputs.append("; journal: ").append(input.rejectedByEngine()).append(" inputs rejected by the engine " +
                "(not used), ").append(input.corruptRecords()).append(" corrupt records passed over");
        }
        err.println(inputs);
        err.flush();
    }

    private void requireAbsent(final boolean problem, final String message)
    {
        if (problem)
        {
            throw new ParameterException(spec.commandLine(), message);
        }
    }

    private static String lower(final Enum<?> value)
    {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
