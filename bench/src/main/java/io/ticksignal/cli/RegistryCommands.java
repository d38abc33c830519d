package io.ticksignal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import io.ticksignal.config.ModelKind;
import io.ticksignal.config.ModelRegistryConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.model.live.ModelRequestDirectory;
import io.ticksignal.engine.model.live.ModelRequestDirectory.SwapAnswer;
import io.ticksignal.engine.model.live.ModelRequestDirectory.SwapStatus;
import io.ticksignal.engine.model.registry.ModelRegistry;
import io.ticksignal.engine.model.registry.Promotion;
import io.ticksignal.engine.model.registry.RegistryException;
import io.ticksignal.engine.model.registry.RegistryFollower;
import io.ticksignal.engine.model.registry.RegistryVersion;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.SystemNanoClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The model registry's commands under {@code ticksignal model}: {@code promote} and {@code rollback}, which change
 * a model's {@code PROMOTED} file (engines configured with the registry follow it) and optionally wait for a running
 * engine to swap, and the registry listing that {@code model list --registry DIR} prints.
 */
final class RegistryCommands
{
    private static final int METRICS_SHOWN = 4;

    private RegistryCommands()
    {
    }

    /**
     * {@code ticksignal model promote NAME VERSION --registry DIR [--config FILE] [--timeout S]}.
     */
    @Command(
        name = "promote",
        mixinStandardHelpOptions = true,
        description = {
            "Promote version VERSION of model NAME in the registry DIR: check that DIR/NAME/VERSION is a bundle",
            "that loads and whose model.yaml says that name and version, then write DIR/NAME/PROMOTED and append",
            "to DIR/NAME/promotions.log. Engines configured with 'model: {registry: DIR, name: NAME}' swap to it",
            "within about 100 ms (validated off the hot path, journaled as MODEL_SWAP). With --config of a",
            "running engine, wait for that engine's answer and print it; the exit code is 1 if it refused." },
        footer = {
            "",
            "Examples:",
            "  ticksignal model promote btc-direction 2 --registry models",
            "  ticksignal model promote btc-direction 2 --registry models --config engine.yaml" })
    static final class Promote implements Callable<Integer>
    {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The model's name (a directory in the registry).")
        String name;

        @Parameters(index = "1", paramLabel = "VERSION", description = "The version to promote (a whole number).")
        long version;

        @Mixin
        RegistryOptions options;

        @Override
        public Integer call()
        {
            final ModelRegistry models = new ModelRegistry(options.registry);
            final Optional<ModelRequestDirectory> engine = runningEngine(spec, options.config, models, name);
            engine.ifPresent(requests -> requests.takeAnswer(RegistryFollower.answerId(name, version)));
            final Promotion promotion;
            try
            {
                promotion = models.promote(name, version);
            }
            catch (final RegistryException ex)
            {
                throw new UserErrorException(ex.getMessage(), ex);
            }
            return report(spec, "model promote", promotion, engine, options.timeoutSeconds, models);
        }
    }

    /**
     * {@code ticksignal model rollback NAME --registry DIR [--config FILE] [--timeout S]}.
     */
    @Command(
        name = "rollback",
        mixinStandardHelpOptions = true,
        description = {
            "Roll model NAME in the registry DIR back to the version promoted before the current one (again:",
            "further back, as DIR/NAME/promotions.log records). The version is checked as 'promote' checks it.",
            "Engines following the registry swap back to it; with --config of a running engine, wait for its",
            "answer." },
        footer = {
            "",
            "Examples:",
            "  ticksignal model rollback btc-direction --registry models --config engine.yaml" })
    static final class Rollback implements Callable<Integer>
    {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The model's name (a directory in the registry).")
        String name;

        @Mixin
        RegistryOptions options;

        @Override
        public Integer call()
        {
            final ModelRegistry models = new ModelRegistry(options.registry);
            final Optional<ModelRequestDirectory> engine = runningEngine(spec, options.config, models, name);
            final Promotion promotion;
            try
            {
                final List<Long> stack = models.promotionStack(name);
                if (stack.size() >= 2)
                {
                    final long target = stack.get(stack.size() - 2);
                    engine.ifPresent(requests -> requests.takeAnswer(RegistryFollower.answerId(name, target)));
                }
                promotion = models.rollback(name);
            }
            catch (final RegistryException ex)
            {
                throw new UserErrorException(ex.getMessage(), ex);
            }
            return report(spec, "model rollback", promotion, engine, options.timeoutSeconds, models);
        }
    }

    /**
     * The engine of {@code --config} when it is running and follows this registry's model; otherwise says why it
     * will not be waited for.
     */
    private static Optional<ModelRequestDirectory> runningEngine(
        final CommandSpec spec, final Path config, final ModelRegistry models, final String name)
    {
        if (null == config)
        {
            return Optional.empty();
        }
        final TicksignalConfig loaded = ClientOptions.loadConfig(config);
        final PrintWriter out = spec.commandLine().getOut();
        final Optional<ModelRegistryConfig> followed = loaded.model().registry();
        if (loaded.model().kind() != ModelKind.REGISTRY || !followed.orElseThrow().name().equals(name) ||
            !followed.orElseThrow().directory().toAbsolutePath().normalize().equals(models.root()))
        {
            out.println("engine: the engine of " + config + " does not follow model " + name + " in " +
                models.root() + " (its model: " + describe(loaded) + "); not waiting for it");
            return Optional.empty();
        }
        final Path counters = loaded.counters().file().toAbsolutePath();
        final ModelRequestDirectory requests = ModelRequestDirectory.besideCountersFile(counters);
        if (!Files.exists(counters) || !Files.isDirectory(requests.directory()))
        {
            out.println("engine: no engine running with " + config + " (" + counters + " is missing); the " +
                "registry alone is changed, and an engine started with it runs the promoted version");
            return Optional.empty();
        }
        return Optional.of(requests);
    }

    private static int report(
        final CommandSpec spec, final String command, final Promotion promotion,
        final Optional<ModelRequestDirectory> engine, final long timeoutSeconds, final ModelRegistry models)
    {
        final PrintWriter out = spec.commandLine().getOut();
        if (!promotion.changed())
        {
            out.println(command + ": " + promotion.name() + " version " + promotion.toVersion() +
                " is promoted already; nothing changed");
            out.flush();
            return 0;
        }
        out.println(command + ": " + promotion.describe() + " (" + models.promotedFile(promotion.name()) + ")");
        out.flush();
        if (engine.isEmpty())
        {
            return 0;
        }
        final SwapAnswer answer = await(engine.get(),
            RegistryFollower.answerId(promotion.name(), promotion.toVersion()), timeoutSeconds);
        if (answer.status() == SwapStatus.FAILED)
        {
            throw new UserErrorException("engine: " + answer.text() + System.lineSeparator() + "the registry " +
                "promotes version " + promotion.toVersion() + " all the same; roll back with 'ticksignal model " +
                "rollback " + promotion.name() + " --registry " + models.root() + "'");
        }
        out.println("engine: " + answer.text());
        out.flush();
        return 0;
    }

    private static SwapAnswer await(final ModelRequestDirectory requests, final String id, final long timeoutSeconds)
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
                throw new UserErrorException("engine: no answer within " + timeoutSeconds + " s; the registry is " +
                    "changed and the engine may still swap: see 'ticksignal model list --config' and its error log");
            }
            idle.idle();
        }
    }

    static String describe(final TicksignalConfig loaded)
    {
        return switch (loaded.model().kind())
        {
            case BUNDLE -> "bundle " + loaded.model().bundleDirectory().orElseThrow().toAbsolutePath();
            case REGISTRY -> "registry " + loaded.model().registry().orElseThrow().directory().toAbsolutePath() +
                ", name " + loaded.model().registry().orElseThrow().name();
            case RULE -> "rule on " + loaded.model().rule().orElseThrow().feature().expression();
        };
    }

    /**
     * Print every model of a registry: its versions in numeric order, the promoted one marked, key training
     * metrics, invalid versions with the reason, and what a rollback would return to.
     */
    static void list(final PrintWriter out, final ModelRegistry models)
    {
        out.println("registry: " + models.root());
        final List<String> names = models.names();
        if (names.isEmpty())
        {
            out.println("registry: no models yet; copy a bundle to " + models.root().resolve("NAME").resolve("1"));
        }
        for (final String name : names)
        {
            listModel(out, models, name);
        }
        out.flush();
    }

    private static void listModel(final PrintWriter out, final ModelRegistry models, final String name)
    {
        OptionalLong promoted;
        String promotedProblem = "";
        List<Long> stack = List.of();
        try
        {
            promoted = models.promoted(name);
            stack = models.promotionStack(name);
        }
        catch (final RegistryException ex)
        {
            promoted = OptionalLong.empty();
            promotedProblem = ex.getMessage();
        }
        final List<RegistryVersion> versions = models.versions(name);
        if (!promotedProblem.isEmpty())
        {
            out.println(name + ": " + promotedProblem);
        }
        else if (promoted.isEmpty())
        {
            out.println(name + ": nothing promoted; promote a version with 'ticksignal model promote " + name +
                " VERSION --registry " + models.root() + "'");
        }
        else
        {
            out.println(name + ": promoted version " + promoted.getAsLong() + (stack.size() >= 2 ?
                "; a rollback returns to version " + stack.get(stack.size() - 2) : "; nothing to roll back to"));
        }
        for (final RegistryVersion version : versions)
        {
            final boolean isPromoted = promoted.isPresent() && promoted.getAsLong() == version.version();
            out.println((isPromoted ? "  * " : "    ") + "version " + version.version() +
                (isPromoted ? " (promoted)" : "") + (version.isValid() ? metrics(version.metrics()) :
                "  INVALID: " + version.problem()));
        }
        if (versions.isEmpty())
        {
            out.println("    no versions: copy a bundle to " + models.versionDirectory(name, 1));
        }
        for (final String stray : models.strays(name))
        {
            out.println("    ignored: " + stray + " (a version directory is named by a whole number)");
        }
    }

    private static String metrics(final Map<String, String> metrics)
    {
        final List<String> shown = new ArrayList<>();
        for (final Map.Entry<String, String> metric : metrics.entrySet())
        {
            if (metric.getKey().toLowerCase(Locale.ROOT).startsWith("test") && !metric.getValue().isEmpty() &&
                shown.size() < METRICS_SHOWN)
            {
                shown.add(metric.getKey() + " " + shortNumber(metric.getValue()));
            }
        }
        return shown.isEmpty() ? "" : "  " + String.join(", ", shown);
    }

    /** A fraction to 4 decimals (0.5066666666666667 → 0.5067); whole numbers and text as written. */
    private static String shortNumber(final String value)
    {
        if (!value.contains(".") || value.contains("E"))
        {
            return value;
        }
        try
        {
            return String.format(Locale.ROOT, "%.4f", Double.parseDouble(value));
        }
        catch (final NumberFormatException ex)
        {
            return value;
        }
    }

    /**
     * The options {@code promote} and {@code rollback} share: the registry, and a running engine to wait for.
     */
    static final class RegistryOptions
    {
        @Option(names = "--registry", paramLabel = "DIR", required = true, description = "The model registry.")
        Path registry;

        @Option(names = { "-c", "--config" }, paramLabel = "FILE",
            description = "A running engine's configuration: wait until it runs the newly promoted version.")
        Path config;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for the engine with --config. Default: ${DEFAULT-VALUE}.")
        long timeoutSeconds;
    }
}
