package io.ticksignal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import io.ticksignal.codecs.sbe.ControlEventDecoder;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.config.JournalMode;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.journal.JournalRecordListener;
import io.ticksignal.engine.model.live.ModelRequestDirectory;
import io.ticksignal.engine.model.live.ModelRequestDirectory.SwapAnswer;
import io.ticksignal.engine.model.live.ModelRequestDirectory.SwapStatus;
import io.ticksignal.engine.model.registry.ModelRegistry;
import io.ticksignal.engine.model.registry.RegistryException;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.SystemNanoClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ticksignal model}: the running engine's model. {@code swap} asks it to swap in another bundle (a request
 * file in the engine's {@code model-requests} directory beside its counters file; the engine's loader thread
 * validates the bundle off the hot path and the pipeline swaps it in between two events and journals it), waiting,
 * bounded, for the answer. {@code list} prints the configured model and every swap in the journal, or with
 * {@code --registry} every model of a model registry; {@code promote} and {@code rollback} change a registry's
 * promoted version ({@link RegistryCommands}), which engines configured with the registry follow.
 */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description = {
        "The running engine's model: swap in another bundle, list the swaps in the journal; a model",
        "registry's versions: list them, promote one, roll back (engines following the registry swap)." },
    subcommands = { ModelCommand.Swap.class, ModelCommand.ListSwaps.class, RegistryCommands.Promote.class,
        RegistryCommands.Rollback.class })
final class ModelCommand implements Runnable
{
    @Spec
    CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static TicksignalConfig load(final Path config)
    {
        return ClientOptions.loadConfig(config);
    }

    /**
     * {@code ticksignal model swap --bundle DIR [--config FILE] [--timeout S]}.
     */
    @Command(
        name = "swap",
        mixinStandardHelpOptions = true,
        description = {
            "Swap the running engine's model for the bundle DIR. The engine validates the bundle on its",
            "model loader thread (the pipeline keeps running), then swaps it in between two events and",
            "journals a MODEL_SWAP control event, so replay and recovery swap at the same point. A bundle that",
            "fails validation, or needs a feature the engine does not compute, leaves the old model running;",
            "the reasons are printed and the exit code is 1." },
        footer = {
            "",
            "Examples:",
            "  ticksignal model swap --bundle config/models/demo-btc/1 --config engine.yaml" })
    static final class Swap implements Callable<Integer>
    {
        @Spec
        CommandSpec spec;

        @Option(names = "--bundle", paramLabel = "DIR", required = true, description = "The model bundle directory.")
        Path bundle;

        @Option(names = { "-c", "--config" }, paramLabel = "FILE",
            description = "The running engine's configuration (finds its counters file and request directory). " +
                "Default: the bundled demo configuration.")
        Path config;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for the engine's answer. Default: ${DEFAULT-VALUE}.")
        long timeoutSeconds;

        @Override
        public Integer call()
        {
            final TicksignalConfig loaded = load(config);
            final Path counters = loaded.counters().file().toAbsolutePath();
            final ModelRequestDirectory requests = ModelRequestDirectory.besideCountersFile(counters);
            if (!Files.exists(counters) || !Files.isDirectory(requests.directory()))
            {
                throw new UserErrorException("no running engine found: " + counters + " or " +
                    requests.directory() + " is missing; start one with 'ticksignal run' and the same --config");
            }
            if (!Files.isRegularFile(bundle.resolve("model.yaml")))
            {
                throw new UserErrorException("--bundle " + bundle + ": no model.yaml there");
            }
            final String id = requests.writeRequest(bundle, System.currentTimeMillis());
            final SwapAnswer answer = await(requests, id);
            if (answer.status() == SwapStatus.FAILED)
            {
                throw new UserErrorException(answer.text());
            }
            final PrintWriter out = spec.commandLine().getOut();
            out.println("model swap: " + answer.text());
            out.flush();
            return 0;
        }

        private SwapAnswer await(final ModelRequestDirectory requests, final String id)
        {
            final IdleStrategy idle = new SleepingIdleStrategy(TimeUnit.MILLISECONDS.toNanos(10));
            final long deadlineNs = SystemNanoClock.INSTANCE.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (true)
            {
                final Optional<SwapAnswer> answer = requests.takeAnswer(id);
                if (answer.isPresent())
                {
                    return answer.get();
                }
                if (SystemNanoClock.INSTANCE.nanoTime() - deadlineNs >= 0)
                {
                    final boolean withdrawn = requests.withdraw(id);
                    throw new UserErrorException("no answer from the engine within " + timeoutSeconds + " s" +
                        (withdrawn ? "; the request was withdrawn (is the engine running?)" :
                        "; the engine took the request and may still apply it: see 'ticksignal model list'"));
                }
                idle.idle();
            }
        }
    }

    /**
     * {@code ticksignal model list [--config FILE]}.
     */
    @Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = {
            "The configured model and every MODEL_SWAP in the engine's journal (all cycles), oldest first;",
            "the last one is the model the engine runs now. With --registry DIR: every model in the registry,",
            "its versions (the promoted one marked '*', key test metrics, invalid ones with the reason) and",
            "what a rollback would return to." },
        footer = {
            "",
            "Examples:",
            "  ticksignal model list --config engine.yaml",
            "  ticksignal model list --registry models" })
    static final class ListSwaps implements Callable<Integer>
    {
        @Spec
        CommandSpec spec;

        @Option(names = { "-c", "--config" }, paramLabel = "FILE",
            description = "The engine's configuration. Default: the bundled demo configuration.")
        Path config;

        @Option(names = "--registry", paramLabel = "DIR",
            description = "List this model registry instead of an engine's model and swaps.")
        Path registry;

        @Override
        public Integer call()
        {
            final PrintWriter out = spec.commandLine().getOut();
            if (null != registry)
            {
                try
                {
                    RegistryCommands.list(out, new ModelRegistry(registry));
                }
                catch (final RegistryException ex)
                {
                    throw new UserErrorException(ex.getMessage(), ex);
                }
                return 0;
            }
            final TicksignalConfig loaded = load(config);
            out.println("model: configured " + RegistryCommands.describe(loaded));
            final Path journal = loaded.journal().directory();
            if (JournalMode.DISABLED == loaded.journal().mode() || !Files.isDirectory(journal))
            {
                out.println("model: no journal at " + journal.toAbsolutePath() + ", so no swaps to list");
                out.flush();
                return 0;
            }
            final SwapLister lister = new SwapLister(out);
            try (JournalReader reader = JournalReader.open(journal))
            {
                reader.readAll(lister);
            }
            out.println("model: " + lister.swaps + " swap(s) in the journal" + (lister.corrupt == 0 ? "" :
                "; " + lister.corrupt + " corrupt record(s) passed over"));
            out.flush();
            return 0;
        }
    }

    private static final class SwapLister implements JournalRecordListener
    {
        private final MessageHeaderDecoder header = new MessageHeaderDecoder();
        private final ControlEventDecoder control = new ControlEventDecoder();
        private final PrintWriter out;
        private long swaps;
        private long corrupt;

        SwapLister(final PrintWriter out)
        {
            this.out = out;
        }

        @Override
        public void onRecord(
            final long index, final long engineSequence, final long receiveTimeNs, final EventKind kind,
            final int rejectReason, final DirectBuffer payload, final int offset, final int length)
        {
            if (kind != EventKind.CONTROL)
            {
                return;
            }
            control.wrapAndApplyHeader(payload, offset, header);
            if (control.controlType() == ControlType.MODEL_SWAP)
            {
                swaps++;
                out.println("model: swap after engine sequence " + engineSequence + " (journal index " + index +
                    "): " + control.detail());
            }
        }

        @Override
        public void onCorruptRecord(
            final long index, final int reason, final DirectBuffer document, final int offset, final int length)
        {
            corrupt++;
        }
    }
}
