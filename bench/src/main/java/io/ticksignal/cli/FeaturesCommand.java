package io.ticksignal.cli;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.MarketDataFormat;
import io.ticksignal.codecs.text.MarketDataFormatException;
import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.catalog.FeatureCatalog;
import io.ticksignal.engine.feature.catalog.FeatureExpressionException;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.catalog.FeatureListing;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.feature.offline.FeatureRunException;
import io.ticksignal.engine.feature.offline.MarketDataInput;
import io.ticksignal.engine.feature.offline.OfflineFeatureRunner;
import io.ticksignal.engine.feature.offline.OfflineRunSummary;
import io.ticksignal.engine.feature.offline.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code ticksignal features}: compute features over a market-data CSV offline and write them as a
 * CSV, or list every feature the engine knows.
 */
@Command(
    name = "features",
    header = "Compute features over a CSV of trades, bars or quotes, or list them (--list).",
    mixinStandardHelpOptions = true,
    description = "Compute features over a trades, bars or quotes CSV and write a CSV: header 'time' then each " +
        "expression exactly as given; one row per bar of --timeframe (per event for tick); time = bar start (or " +
        "event time) in epoch milliseconds UTC; an empty cell where a feature is not warm. A row sees only bars " +
        "closed at or before its own close. Or list every feature with --list.",
    footer = {
        "",
        "Examples:",
        "  ticksignal features --input bars.csv --format bars --features 'sma(20);rsi(14);macd(12,26,9).signal' --out f.csv",
        "  ticksignal features --input bitstamp_btc_usd_trades --timeframe 1m --features 'sma(20)@1m;rsi(14)@5m' --out f.csv",
        "  ticksignal features --list --markdown > docs/FEATURES.md" })
final class FeaturesCommand implements Runnable
{
    @Spec
    CommandSpec spec;

    @Option(names = "--list", description = "List every feature: name, arguments with defaults, outputs, warm-up, formula.")
    boolean list;

    @Option(names = "--markdown", description = "With --list: print the Markdown page docs/FEATURES.md.")
    boolean markdown;

    @Option(names = { "-i", "--input" }, paramLabel = "FILE",
        description = "Market-data CSV, or a bundled data set name (see 'ticksignal data list').")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "Input format: trades, bars or quotes (default for a bundled data set: its own).")
    MarketDataFormat format;

    @Option(names = { "-t", "--timeframe" }, paramLabel = "TF",
        description = "Row timeframe, also that of expressions without '@': tick, 1s, 1m, 5m, 15m, 1h, 1d. " +
            "Default: the input's own (a bar file's interval; tick for trades and quotes).")
    String timeframe;

    @Option(names = { "-f", "--features" }, paramLabel = "EXPRS",
        description = "Feature expressions separated by ';', e.g. 'sma(20);rsi(14)@5m;bbands(20,2).upper'.")
    String features;

    @Option(names = "--features-file", paramLabel = "FILE",
        description = "File of feature expressions, one or more per line separated by ';'; '#' starts a comment line.")
    Path featuresFile;

    @Option(names = { "-o", "--out" }, paramLabel = "OUT.csv", description = "Output CSV file ('-' for standard output).")
    String out;

    @Override
    public void run()
    {
        if (list)
        {
            requireAbsent(input != null || features != null || featuresFile != null || out != null,
                "--list takes no --input, --features, --features-file or --out");
            final PrintWriter stdout = spec.commandLine().getOut();
            final FeatureCatalog catalog = FeatureCatalog.standard();
            stdout.print(markdown ? FeatureListing.markdown(catalog) : FeatureListing.text(catalog));
            stdout.flush();
            return;
        }
        requireAbsent(markdown, "--markdown goes with --list");
        requireAbsent(input == null, "missing --input FILE (or use --list)");
        requireAbsent(features == null && featuresFile == null, "missing --features \"EXPR;EXPR;...\" or --features-file FILE");
        requireAbsent(features != null && featuresFile != null, "give either --features or --features-file, not both");
        requireAbsent(out == null, "missing --out OUT.csv");
        final Optional<Timeframe> rowTimeframe = rowTimeframe();
        final MarketDataInput marketData = marketDataInput();
        final List<ParsedFeature> parsed = featuresFile != null ? parseFile() : parseText();
        final OfflineFeatureRunner runner = prepare(marketData, rowTimeframe, parsed);
        final OfflineRunSummary summary = "-".equals(out) ? runToStandardOutput(runner) : runToFile(runner, Path.of(out));
        final PrintWriter summaryTo = "-".equals(out) ? spec.commandLine().getErr() : spec.commandLine().getOut();
        summaryTo.println("features: " + ("-".equals(out) ? "standard output" : out) + ": " + summary.toLine());
        summaryTo.flush();
    }

    private void requireAbsent(final boolean problem, final String message)
    {
        if (problem)
        {
            throw new ParameterException(spec.commandLine(), message);
        }
    }

    private Optional<Timeframe> rowTimeframe()
    {
        if (timeframe == null)
        {
            return Optional.empty();
        }
        final Timeframe parsed = Timeframe.fromConfigName(timeframe);
        requireAbsent(parsed == null, "--timeframe '" + timeframe + "' is not a timeframe; allowed: " +
            Arrays.stream(Timeframe.values()).map(Timeframe::configName).collect(Collectors.joining(", ")));
        return Optional.of(parsed);
    }

    private MarketDataInput marketDataInput()
    {
        final Path file = Path.of(input);
        if (Files.isRegularFile(file))
        {
            requireAbsent(format == null, "missing --format bars|trades|quotes for " + input);
            return MarketDataInput.file(file, format);
        }
        for (final MarketDataSet set : MarketDataSet.values())
        {
            if (set.name().equalsIgnoreCase(input))
            {
                if (format != null && format != set.format())
                {
                    throw new UserErrorException("the data set " + input + " is " + lower(set.format()) +
                        ", not " + lower(format) + "; drop --format or use --format " + lower(set.format()));
                }
                return MarketDataInput.dataSet(set);
            }
        }
        throw new UserErrorException("no such file: " + file.toAbsolutePath() + " (nor a bundled data set: " +
            Arrays.stream(MarketDataSet.values()).map(FeaturesCommand::lower).collect(Collectors.joining(", ")) + ")");
    }

    private static String lower(final Enum<?> value)
    {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private List<ParsedFeature> parseText()
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

    private List<ParsedFeature> parseFile()
    {
        final List<String> lines;
        try
        {
            lines = Files.readAllLines(featuresFile, StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UserErrorException("cannot read --features-file " + featuresFile + ": " + ex, ex);
        }
        final FeatureExpressionParser parser = FeatureExpressionParser.standard();
        final List<ParsedFeature> parsed = new ArrayList<>();
        for (int line = 0; line < lines.size(); line++)
        {
            final String text = lines.get(line).strip();
            if (text.isEmpty() || text.startsWith("#"))
            {
                continue;
            }
            try
            {
                parsed.addAll(parser.parseList(text));
            }
            catch (final FeatureExpressionException ex)
            {
                throw new UserErrorException(featuresFile + ":" + (line + 1) + ": bad feature expression: " +
                    ex.getMessage(), ex);
            }
        }
        if (parsed.isEmpty())
        {
            throw new UserErrorException(featuresFile + " has no feature expressions");
        }
        return parsed;
    }

    private static OfflineFeatureRunner prepare(
        final MarketDataInput marketData, final Optional<Timeframe> rowTimeframe, final List<ParsedFeature> parsed)
    {
        try
        {
            return OfflineFeatureRunner.prepare(marketData, rowTimeframe, parsed);
        }
        catch (final FeatureExpressionException ex)
        {
            throw new UserErrorException("bad feature expression: " + ex.getMessage(), ex);
        }
        catch (final FeatureRunException | MarketDataFormatException ex)
        {
            throw new UserErrorException(ex.getMessage(), ex);
        }
        catch (final UncheckedIOException ex)
        {
            throw new UserErrorException("cannot read " + marketData.name() + ": " + ex.getCause(), ex);
        }
    }

    private OfflineRunSummary runToFile(final OfflineFeatureRunner runner, final Path file)
    {
        try
        {
            return writeFile(runner, file);
        }
        catch (final RuntimeException ex)
        {
            removePartialOutput(file, ex);
            throw ex;
        }
    }

    private OfflineRunSummary writeFile(final OfflineFeatureRunner runner, final Path file)
    {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8))
        {
            return execute(runner, writer);
        }
        catch (final IOException ex)
        {
            throw new UserErrorException("cannot write " + file.toAbsolutePath() + ": " + ex +
                "; choose a writable --out path", ex);
        }
    }

    private static void removePartialOutput(final Path file, final RuntimeException failure)
    {
        try
        {
            Files.deleteIfExists(file);
        }
        catch (final IOException ex)
        {
            failure.addSuppressed(ex);
        }
    }

    private OfflineRunSummary runToStandardOutput(final OfflineFeatureRunner runner)
    {
        return execute(runner, spec.commandLine().getOut());
    }

    private OfflineRunSummary execute(final OfflineFeatureRunner runner, final Writer writer)
    {
        final PrintWriter err = spec.commandLine().getErr();
        final ProgressListener progress = System.console() != null ?
            rows -> err.printf("\rfeatures: %,d rows read", rows).flush() : ProgressListener.NONE;
        try
        {
            final OfflineRunSummary summary = runner.run(writer, progress);
            if (System.console() != null)
            {
                err.print("\r");
                err.flush();
            }
            return summary;
        }
        catch (final MarketDataFormatException ex)
        {
            throw new UserErrorException(ex.getMessage(), ex);
        }
        catch (final UncheckedIOException ex)
        {
            throw new UserErrorException("cannot read or write: " + ex.getMessage(), ex);
        }
    }
}
