package io.ticksignal.cli;

import io.ticksignal.config.ConfigCheckResult;
import io.ticksignal.config.ConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ticksignal config check|demo}: validate configuration files, or print the demo one
 * as a starting point.
 */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = "Validate configuration files, or print the bundled demo configuration.",
    subcommands = { ConfigCommand.Check.class, ConfigCommand.Demo.class })
final class ConfigCommand implements Runnable
{
    @Spec
    CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Loads and validates each file; prints {@code FILE: ok} or every error with its key path
     * and line; exits 1 when any file has an error.
     */
    @Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Validate configuration files: prints 'FILE: ok', or every error with the file, line,",
            "key path, the bad value and what is allowed. Exits 1 if any file has an error." })
    static final class Check implements Callable<Integer>
    {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "YAML configuration files to check.")
        List<Path> files;

        @Override
        public Integer call()
        {
            final PrintWriter out = spec.commandLine().getOut();
            final PrintWriter err = spec.commandLine().getErr();
            final ConfigLoader loader = new ConfigLoader();
            int failed = 0;
            for (final Path file : files)
            {
                final ConfigCheckResult result = loader.check(file);
                if (result.isOk())
                {
                    out.println(file + ": ok");
                }
                else
                {
                    failed++;
                    err.println(result.report());
                }
            }
            out.flush();
            err.flush();
            return 0 == failed ? 0 : UserErrorException.EXIT_CODE;
        }
    }

    /**
     * Prints the bundled, fully commented demo configuration.
     */
    @Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Print the bundled demo configuration (every key documented); start your own from it.")
    static final class Demo implements Runnable
    {
        @Spec
        CommandSpec spec;

        @Override
        public void run()
        {
            try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(ConfigLoader.DEMO_RESOURCE))
            {
                if (null == in)
                {
                    throw new UserErrorException("the demo configuration " + ConfigLoader.DEMO_RESOURCE +
                        " is missing from the classpath; rebuild with 'mvn -B package'");
                }
                final PrintWriter out = spec.commandLine().getOut();
                out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                out.flush();
            }
            catch (final IOException ex)
            {
                throw new UserErrorException("cannot read the demo configuration: " + ex, ex);
            }
        }
    }
}
