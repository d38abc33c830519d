package io.ticksignal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.config.InstrumentConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.replay.run.EventTimes;
import io.ticksignal.replay.run.ReplayFilter;
import io.ticksignal.replay.signals.JournaledSignals;
import io.ticksignal.replay.signals.SignalFormat;
import io.ticksignal.replay.signals.SignalTableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ticksignal signals}: the signal history of a journal (its {@code OUTPUT} records, or with {@code --shadow}
 * its {@code SHADOW_OUTPUT} records), filtered by event time and instrument, as a text table or CSV.
 */
@Command(
    name = "signals",
    header = "List the signals in a journal.",
    mixinStandardHelpOptions = true,
    description = {
        "List the signals journaled by the engine: engine sequence, event time, instrument, direction,",
        "confidence, model, version and one p_LABEL column per class probability. A text table by default,",
        "CSV with --csv. With --shadow, the shadow (challenger) model's signals instead (model.shadow: journaled,",
        "never published). Corrupt journal records are counted on stderr." },
    footer = {
        "",
        "Examples:",
        "  ticksignal signals --journal /tmp/ticksignal/journal",
        "  ticksignal signals --journal J --from 2013-11-26 --to 2013-11-27T12:00:00Z --instrument BTC-USD --csv",
        "  ticksignal signals --journal J --shadow --csv" })
final class SignalsCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Mixin
    JournalQuery query;

    @Option(names = { "-c", "--config" }, paramLabel = "FILE",
        description = "Configuration naming the instruments. Default: the bundled demo configuration.")
    Path config;

    @Option(names = "--csv", description = "Write CSV with a header row instead of a text table.")
    boolean csv;

    @Option(names = "--shadow", description = "List the shadow (challenger) model's signals (SHADOW_OUTPUT " +
        "records, journaled with model.shadow, never published) instead of the live model's.")
    boolean shadow;

    @Override
    public Integer call()
    {
        final TicksignalConfig loaded = ClientOptions.loadConfig(config);
        final ReplayFilter filter = query.filter(loaded);
        final PrintWriter out = spec.commandLine().getOut();
        final SignalTableWriter table = new SignalTableWriter(out, csv ? SignalFormat.CSV : SignalFormat.TEXT,
            JournalQuery.symbols(loaded));
        final JournaledSignals signals = new JournaledSignals(filter, table,
            shadow ? EventKind.SHADOW_OUTPUT : EventKind.OUTPUT);
        try (JournalReader reader = query.openJournal())
        {
            signals.readAll(reader);
        }
        table.finish();
        out.flush();
        if (signals.corruptRecords() > 0)
        {
            spec.commandLine().getErr().println("signals: " + signals.corruptRecords() +
                " corrupt journal records passed over");
            spec.commandLine().getErr().flush();
        }
        return 0;
    }

    /**
     * The options that select a journal and the signals in it, shared with {@code replay}.
     */
    static final class JournalQuery
    {
        @Option(names = { "-j", "--journal" }, required = true, paramLabel = "DIR",
            description = "The journal directory (journal.directory of the engine's configuration).")
        Path journal;

        @Option(names = "--from", paramLabel = "TIME",
            description = "First event time included: epoch ms, ISO-8601 instant, or UTC date(-time).")
        String from;

        @Option(names = "--to", paramLabel = "TIME", description = "First event time excluded (same forms as --from).")
        String to;

        @Option(names = "--instrument", paramLabel = "SYMBOL", description = "Only this instrument, e.g. BTC-USD.")
        String instrument;

        ReplayFilter filter(final TicksignalConfig loaded)
        {
            try
            {
                final long fromNs = null == from ? Long.MIN_VALUE : EventTimes.parseToEpochNs(from);
                final long toNs = null == to ? Long.MAX_VALUE : EventTimes.parseToEpochNs(to);
                final long instrumentId = null == instrument ? ReplayFilter.ALL_INSTRUMENTS :
                    loaded.instrument(instrument).orElseThrow(() -> new UserErrorException("--instrument: '" +
                        instrument + "' is not an instrument of the configuration; known: " +
                        symbols(loaded).values())).id();
                return new ReplayFilter(fromNs, toNs, instrumentId);
            }
            catch (final IllegalArgumentException ex)
            {
                throw new UserErrorException("--from/--to: " + ex.getMessage(), ex);
            }
        }

        JournalReader openJournal()
        {
            if (!Files.isDirectory(journal))
            {
                throw new UserErrorException("--journal: " + journal + " is not a directory");
            }
            try
            {
                return JournalReader.open(journal);
            }
            catch (final RuntimeException ex)
            {
                throw new UserErrorException("--journal: cannot open " + journal + " as a journal: " +
                    ex.getMessage(), ex);
            }
        }

        static Map<Long, String> symbols(final TicksignalConfig loaded)
        {
            final Map<Long, String> symbols = new HashMap<>();
            for (final InstrumentConfig instrument : loaded.instruments())
            {
                symbols.put((long)instrument.id(), instrument.symbol());
            }
            return symbols;
        }
    }
}
