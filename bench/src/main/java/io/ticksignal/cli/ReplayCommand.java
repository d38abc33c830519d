package io.ticksignal.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.ModelKind;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.model.live.ModelSwapException;
import io.ticksignal.replay.run.ModelSwapMode;
import io.ticksignal.replay.run.ReplayDriver;
import io.ticksignal.replay.run.ReplayFilter;
import io.ticksignal.replay.run.ReplayListener;
import io.ticksignal.replay.run.ReplayProgress;
import io.ticksignal.replay.run.ReplayResult;
import io.ticksignal.replay.signals.SignalFormat;
import io.ticksignal.replay.signals.SignalTableWriter;
import io.ticksignal.replay.verify.ReplayVerifier;
import io.ticksignal.replay.verify.VerifyOutcome;
import io.ticksignal.replay.verify.VerifyReport;
import org.agrona.DirectBuffer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ticksignal replay}: the journal's inputs through the engine's stages again, synchronously on one thread;
 * optionally verified against the journaled signals, optionally written as CSV.
 */
@Command(
    name = "replay",
    header = "Replay a journal through the engine's pipeline; --verify checks the signals bit for bit.",
    mixinStandardHelpOptions = true,
    description = {
        "Replay a journal: its inputs, with their engine sequences and receive times, through the engine's",
        "stages on one thread (no Aeron, no ring, no wall clock), journaled model swaps applied where they",
        "happened. --verify compares every regenerated signal with the journaled one (every field but the",
        "measured latency), prints both output digests and the first mismatch, and exits 1 if they differ;",
        "shadow (challenger) signals of model.shadow are compared in a stream of their own (own digests).",
        "With --bundle (or a --config with another model) it is a backtest of that model on recorded data.",
        "--from/--to/--instrument select the signals written and compared; every input is still replayed." },
    footer = {
        "",
        "Examples:",
        "  ticksignal replay --journal /tmp/ticksignal/journal --verify",
        "  ticksignal replay --journal J --bundle config/models/demo-btc/1 --out signals.csv",
        "Exit codes: 0 ok (identical with --verify), 1 mismatch or user error, 2 usage error." })
final class ReplayCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Mixin
    SignalsCommand.JournalQuery query;

    @Option(names = { "-c", "--config" }, paramLabel = "FILE",
        description = "Configuration to replay with (features, model, decision policy). Default: the bundled demo " +
            "configuration. Give the one the engine ran with to verify.")
    Path config;

    @Option(names = "--bundle", paramLabel = "DIR",
        description = "Score with this model bundle instead of the configuration's, ignoring journaled model " +
            "swaps: a backtest. --verify then compares another model with the journal; it needs --force.")
    Path bundle;

    @Option(names = "--verify", description = "Compare with the journaled signals; exit 1 on any difference.")
    boolean verify;

    @Option(names = "--force", description = "Allow --verify with a --bundle other than the configuration's.")
    boolean force;

    @Option(names = { "-o", "--out" }, paramLabel = "SIGNALS.csv",
        description = "Write one CSV row per regenerated signal (the columns of 'ticksignal signals --csv').")
    Path out;

    private SignalTableWriter table;
    private ReplayListener listener;

    @Override
    public Integer call()
    {
        final TicksignalConfig base = ClientOptions.loadConfig(config);
        final TicksignalConfig loaded = null == bundle ? base : withBundle(base);
        final ModelSwapMode swapMode = null == bundle ? ModelSwapMode.APPLY_JOURNALED : ModelSwapMode.KEEP_GIVEN_MODEL;
        final ReplayFilter filter = query.filter(loaded);
        final PrintWriter stdout = spec.commandLine().getOut();
        try (Writer csv = openOut(); JournalReader reader = query.openJournal();
            ReplayDriver driver = newDriver(loaded, swapMode, filter, csv))
        {
            final ReplayResult result = driver.run(reader, progress());
            endProgress();
            if (null != table)
            {
                table.finish();
            }
            printSummary(stdout, result);
            if (verify)
            {
                return printVerification(stdout, ((ReplayVerifier)listener).report(result));
            }
            return 0;
        }
        catch (final IOException | UncheckedIOException ex)
        {
            throw new UserErrorException("--out: cannot write " + out + ": " + ex.getMessage(), ex);
        }
        catch (final ModelSwapException ex)
        {
            throw new UserErrorException("replay: " + ex.getMessage(), ex);
        }
    }

    private TicksignalConfig withBundle(final TicksignalConfig base)
    {
        if (!Files.isRegularFile(bundle.resolve("model.yaml")))
        {
            throw new UserErrorException("--bundle: " + bundle + " is not a model bundle (no model.yaml)");
        }
        final boolean sameModel = base.model().kind() == ModelKind.BUNDLE &&
            base.model().bundleDirectory().map(dir -> sameDirectory(dir, bundle)).orElse(false);
        if (verify && !sameModel && !force)
        {
            throw new UserErrorException("--bundle " + bundle + " replaces the model the journal was made with: " +
                "the replay is a backtest of that model, and verifying it against the journaled signals is " +
                "meaningless; drop --verify, or add --force to compare anyway");
        }
        return new TicksignalConfig(base.engine(), base.instruments(), base.aeron(), base.journal(), base.features(),
            ModelConfig.ofBundle(bundle.toAbsolutePath()).withShadow(base.model().shadowDirectory()), base.decision(),
            base.counters(), base.monitoring());
    }

    private static boolean sameDirectory(final Path a, final Path b)
    {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private Writer openOut() throws IOException
    {
        return null == out ? Writer.nullWriter() : new BufferedWriter(
            Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    private ReplayDriver newDriver(
        final TicksignalConfig replayConfig, final ModelSwapMode swapMode, final ReplayFilter filter,
        final Writer csv)
    {
        table = null == out ? null : new SignalTableWriter(csv, SignalFormat.CSV,
            SignalsCommand.JournalQuery.symbols(replayConfig));
        final ReplayListener rows = null == table ? null : new TableListener(table);
        listener = verify ? new ReplayVerifier(rows) : null == rows ? NoListener.INSTANCE : rows;
        try
        {
            return new ReplayDriver(replayConfig, swapMode, filter, listener);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new UserErrorException("replay: " + ex.getMessage(), ex);
        }
    }

    private ReplayProgress progress()
    {
        if (null == System.console())
        {
            return ReplayProgress.NONE;
        }
        final PrintWriter err = spec.commandLine().getErr();
        return (documentsRead, inputs) ->
        {
            if (documentsRead % (ReplayDriver.BATCH * 64L) < ReplayDriver.BATCH)
            {
                err.print("\rreplay: " + documentsRead + " records read, " + inputs + " inputs replayed");
                err.flush();
            }
        };
    }

    private void endProgress()
    {
        if (null != System.console())
        {
            spec.commandLine().getErr().println();
        }
    }

    private void printSummary(final PrintWriter stdout, final ReplayResult result)
    {
        stdout.println("replay: " + result.inputsReplayed() + " inputs and " + result.rejectedReplayed() +
            " rejected inputs replayed from " + result.documentsRead() + " journal records");
        stdout.println("replay: " + result.replayedSelected() + " signals" +
            (result.replayedSelected() != result.replayedSignals() ?
            " selected by the filters (of " + result.replayedSignals() + ")" : "") +
            "; journaled signals selected: " + result.journaledSelected());
        if (result.replayedShadowSignals() > 0 || result.journaledShadowSelected() > 0)
        {
            stdout.println("replay: " + result.replayedShadowSignals() + " shadow signals; journaled shadow signals " +
                "selected: " + result.journaledShadowSelected());
        }
        stdout.println("replay: model swaps applied " + result.modelSwapsApplied() + ", passed over " +
            result.modelSwapsSkipped() + "; engine restarts in the journal " + result.recoveries() +
            "; corrupt records " + result.corruptRecords());
        stdout.println(String.format(Locale.ROOT, "replay: %.3f s, %,.0f events/s", result.elapsedNs() / 1e9,
            result.eventsPerSecond()));
        if (null != out)
        {
            stdout.println("replay: wrote " + table.rows() + " signals to " + out);
        }
        stdout.flush();
    }

    private int printVerification(final PrintWriter stdout, final VerifyReport report)
    {
        report.lines().forEach(line -> stdout.println("replay: " + line));
        stdout.flush();
        if (VerifyOutcome.IDENTICAL == report.outcome())
        {
            return 0;
        }
        final PrintWriter err = spec.commandLine().getErr();
        final long corrupt = report.replay().corruptRecords();
        err.println("replay: verification failed: the replay does not reproduce the journal" +
            report.firstMismatch().map(mismatch -> "; " + mismatch.describe()).orElse("") +
            report.shadow().firstMismatch().map(mismatch -> "; " + mismatch.describeAs("first shadow mismatch"))
                .orElse("") +
            (report.shadow().journaledCount() > 0 && 0 == report.shadow().replayedCount() ?
            "; the journal holds shadow outputs but the replay's configuration has no model.shadow: give the " +
            "engine's configuration with --config" : "") +
            (0 == corrupt ? "" : "; " + corrupt + " corrupt journal record(s) at indexes " +
            report.replay().corruptIndexes()));
        err.flush();
        return UserErrorException.EXIT_CODE;
    }

    /**
     * Writes each regenerated signal as a row; journaled signals are not rows.
     */
    private record TableListener(SignalTableWriter table) implements ReplayListener
    {
        @Override
        public void onReplayedSignal(final long engineSequence, final DirectBuffer buffer, final int offset,
            final int length)
        {
            table.onSignal(engineSequence, buffer, offset, length);
        }

        @Override
        public void onJournaledSignal(final long engineSequence, final DirectBuffer buffer, final int offset,
            final int length)
        {
            // Rows are the replay's signals.
        }
    }

    /**
     * Counts only (the driver's result): no output.
     */
    private enum NoListener implements ReplayListener
    {
        INSTANCE;

        @Override
        public void onReplayedSignal(final long engineSequence, final DirectBuffer buffer, final int offset,
            final int length)
        {
            // Nothing to write.
        }

        @Override
        public void onJournaledSignal(final long engineSequence, final DirectBuffer buffer, final int offset,
            final int length)
        {
            // Nothing to compare.
        }
    }
}
