package io.ticksignal.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataFormat;
import io.ticksignal.codecs.text.MarketDataFormatException;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.config.InstrumentConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.aeron.AeronSession;
import io.ticksignal.engine.aeron.IdleStrategies;
import io.ticksignal.engine.aeron.NoMediaDriverException;
import io.ticksignal.engine.client.CsvFeed;
import io.ticksignal.engine.client.FeedException;
import io.ticksignal.engine.client.FeedProgress;
import io.ticksignal.engine.client.FeedSpeed;
import io.ticksignal.engine.client.FeedSummary;
import io.ticksignal.engine.client.OfferRetry;
import io.ticksignal.engine.client.RetryMode;
import io.ticksignal.engine.client.TickPublisher;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SystemNanoClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ticksignal feed}: the reference feed handler; plays a market-data file to the engine.
 */
@Command(
    name = "feed",
    header = "Play a trades, bars or quotes CSV to the engine over Aeron (the reference feed handler).",
    mixinStandardHelpOptions = true,
    description = {
        "Play a trades, bars or quotes CSV to the engine over Aeron, one SBE message per row, at the",
        "instrument's configured priceScale and sizeScale (exact fixed point; a row that is not exact",
        "at that scale is an error). Paced by the data's own timestamps divided by --speed; waits for",
        "the engine to subscribe; retries back-pressure (nothing is dropped); prints a summary.",
        "Trade files have no trade ids and no sides: trades get sequential ids 1, 2, 3, ... per file",
        "and aggressor UNKNOWN. Bars get the file's own interval (its smallest gap between rows) and",
        "a trade count of 0. Joins the engine's media driver; start the engine first." },
    footer = {
        "",
        "Examples:",
        "  ticksignal feed --input bitstamp_btc_usd_trades --instrument BTC-USD --speed max",
        "  ticksignal feed --input aapl_daily_bars --instrument AAPL --speed 86400",
        "  ticksignal feed --input quotes.csv --format quotes --instrument EUR-USD --config engine.yaml" })
final class FeedCommand implements Callable<Integer>
{
    private static final long PROGRESS_PERIOD_NS = TimeUnit.MILLISECONDS.toNanos(250);

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Option(names = { "-i", "--input" }, paramLabel = "FILE|DATASET", required = true,
        description = "Market-data CSV, or a bundled data set name (see 'ticksignal data list').")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "trades, bars or quotes; required for a file, a data set knows its own.")
    MarketDataFormat format;

    @Option(names = "--instrument", paramLabel = "SYMBOL", required = true,
        description = "The configured instrument the rows belong to (its id and scales are used).")
    String instrument;

    @Option(names = "--speed", paramLabel = "1|10|100|max", defaultValue = "1",
        description = "Speed-up over the data's own time (any positive factor), or max for no pacing. Default: ${DEFAULT-VALUE}.")
    String speed;

    @Option(names = "--limit", paramLabel = "N", description = "Send only the first N rows (default: all).")
    Long limit;

    @Option(names = "--skip", paramLabel = "N", defaultValue = "0",
        description = "Pass over the first N rows, e.g. to continue a feed that stopped after --limit N; trades " +
            "keep their ids (row n is trade n), so the parts make one stream. Default: ${DEFAULT-VALUE}.")
    long skip;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
        description = "How long to wait for a subscriber (the engine). Default: ${DEFAULT-VALUE}.")
    long connectTimeoutSeconds;

    @Option(names = "--retry-timeout", paramLabel = "SECONDS", defaultValue = "10",
        description = "How long one message may stay back-pressured or unconnected before the feed gives up. " +
            "Default: ${DEFAULT-VALUE}.")
    long retryTimeoutSeconds;

    private final NanoClock clock = SystemNanoClock.INSTANCE;

    @Override
    public Integer call()
    {
        final FeedSpeed feedSpeed = parseSpeed();
        requirePositive(connectTimeoutSeconds, "--connect-timeout");
        requirePositive(retryTimeoutSeconds, "--retry-timeout");
        if (null != limit && limit < 1)
        {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
        }
        if (skip < 0)
        {
            throw new ParameterException(spec.commandLine(), "--skip must be at least 0: " + skip);
        }
        final TicksignalConfig config = client.loadConfig();
        final InstrumentConfig target = instrument(config);
        final Source source = source();
        final long barIntervalNs = MarketDataFormat.BARS == source.format ? barInterval(source) : 0;
        final AeronStreamConfig stream = client.stream(config.aeron().marketData());

        try (AeronSession session = AeronSession.forClient(client.driverDirectory(config), null);
            TickPublisher publisher = TickPublisher.create(session.aeron(), stream.channel(), stream.streamId()))
        {
            awaitSubscriber(publisher, stream);
            final OfferRetry retry = new OfferRetry(IdleStrategies.newBackoff(), clock,
                TimeUnit.SECONDS.toNanos(retryTimeoutSeconds), RetryMode.BACK_PRESSURE_AND_NOT_CONNECTED);
            final CsvFeed feed = new CsvFeed(publisher, retry, feedSpeed, clock, IdleStrategies.newBackoff());
            final FeedSummary summary;
            try (MarketDataReader reader = source.open())
            {
                summary = feed.run(reader, target, barIntervalNs, skip, null == limit ? Long.MAX_VALUE : limit,
                    progress());
            }
            endProgress();
            printSummary(summary, source, target, stream, feedSpeed);
            return 0;
        }
        catch (final NoMediaDriverException | FeedException | MarketDataFormatException ex)
        {
            endProgress();
            throw new UserErrorException(ex.getMessage(), ex);
        }
        catch (final UncheckedIOException ex)
        {
            throw new UserErrorException("cannot read " + input + ": " + ex.getMessage(), ex);
        }
    }

    private FeedSpeed parseSpeed()
    {
        try
        {
            return FeedSpeed.parse(speed);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ParameterException(spec.commandLine(), "--" + ex.getMessage());
        }
    }

    private void requirePositive(final long seconds, final String option)
    {
        if (seconds < 1)
        {
            throw new ParameterException(spec.commandLine(), option + " must be at least 1 second: " + seconds);
        }
    }

    private InstrumentConfig instrument(final TicksignalConfig config)
    {
        return config.instrument(instrument).orElseThrow(() -> new UserErrorException(
            "no instrument '" + instrument + "' in the configuration; configured: " +
            config.instruments().stream().map(InstrumentConfig::symbol).collect(Collectors.joining(", ")) +
            " (add it under instruments:, with its id, priceScale and sizeScale)"));
    }

    private Source source()
    {
        final Path file = Path.of(input);
        if (Files.isRegularFile(file))
        {
            if (null == format)
            {
                throw new ParameterException(spec.commandLine(), "missing --format trades|bars|quotes for " + input);
            }
            return new Source(file, null, format);
        }
        for (final MarketDataSet set : MarketDataSet.values())
        {
            if (set.name().equalsIgnoreCase(input))
            {
                if (null != format && format != set.format())
                {
                    throw new UserErrorException("the data set " + input + " is " + lower(set.format()) +
                        ", not " + lower(format) + "; drop --format or use --format " + lower(set.format()));
                }
                return new Source(null, set, set.format());
            }
        }
        throw new UserErrorException("no such file: " + file.toAbsolutePath() + " (nor a bundled data set: " +
            Arrays.stream(MarketDataSet.values()).map(FeedCommand::lower).collect(Collectors.joining(", ")) + ")");
    }

    private long barInterval(final Source source)
    {
        try (MarketDataReader reader = source.open())
        {
            final long intervalNs = CsvFeed.smallestGapNs(reader);
            if (intervalNs <= 0)
            {
                throw new UserErrorException("cannot tell the bar interval of " + input +
                    ": it needs at least two rows with different times");
            }
            return intervalNs;
        }
        catch (final MarketDataFormatException ex)
        {
            throw new UserErrorException(ex.getMessage(), ex);
        }
    }

    private void awaitSubscriber(final TickPublisher publisher, final AeronStreamConfig stream)
    {
        final boolean terminal = null != System.console();
        if (terminal)
        {
            spec.commandLine().getErr().printf("feed: waiting up to %d s for a subscriber on %s stream %d%n",
                connectTimeoutSeconds, stream.channel(), stream.streamId()).flush();
        }
        if (!publisher.awaitConnected(TimeUnit.SECONDS.toNanos(connectTimeoutSeconds), IdleStrategies.newBackoff(), clock))
        {
            throw new UserErrorException("no subscriber connected to " + stream.channel() + " stream " +
                stream.streamId() + " within " + connectTimeoutSeconds + " s: start the engine (ticksignal run " +
                "--config F) with the same channel and stream, or raise --connect-timeout");
        }
    }

    private FeedProgress progress()
    {
        if (null == System.console())
        {
            return FeedProgress.NONE;
        }
        final PrintWriter err = spec.commandLine().getErr();
        final long[] lastNs = { clock.nanoTime() };
        return (sent, retries) ->
        {
            final long nowNs = clock.nanoTime();
            if (nowNs - lastNs[0] >= PROGRESS_PERIOD_NS)
            {
                lastNs[0] = nowNs;
                err.printf("\rfeed: %,d sent, %,d back-pressure retries", sent, retries).flush();
            }
        };
    }

    private void endProgress()
    {
        if (null != System.console())
        {
            spec.commandLine().getErr().print("\r");
            spec.commandLine().getErr().flush();
        }
    }

    private void printSummary(
        final FeedSummary summary,
        final Source source,
        final InstrumentConfig target,
        final AeronStreamConfig stream,
        final FeedSpeed feedSpeed)
    {
        final PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "feed: sent %d %s of %s (id %d) from %s to %s stream %d at speed %s%n",
            summary.messagesSent(), lower(source.format), target.symbol(), target.id(), source.displayName(),
            stream.channel(), stream.streamId(), feedSpeed);
        out.printf(Locale.ROOT, "feed: elapsed %.3f s, %.0f msg/s, back-pressure retries %d (%d offers back-pressured)%n",
            summary.elapsedNs() / 1e9, summary.messagesPerSecond(), summary.backPressureRetries(),
            summary.backPressuredOffers());
        out.flush();
    }

    private static String lower(final Enum<?> value)
    {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A file or a bundled data set, and its format.
     */
    private static final class Source
    {
        private final Path file;
        private final MarketDataSet dataSet;
        private final MarketDataFormat format;

        Source(final Path file, final MarketDataSet dataSet, final MarketDataFormat format)
        {
            this.file = file;
            this.dataSet = dataSet;
            this.format = format;
        }

        MarketDataReader open()
        {
            return null != file ? format.open(file, BadRowPolicy.FAIL) : dataSet.openReader(BadRowPolicy.FAIL);
        }

        String displayName()
        {
            return null != file ? file.toString() : dataSet.resourceName();
        }
    }
}
