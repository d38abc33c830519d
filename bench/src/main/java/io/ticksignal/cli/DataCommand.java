package io.ticksignal.cli;

import io.ticksignal.codecs.data.MarketDataSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ticksignal data list|extract}: the real market data bundled in the executable
 * (from {@code org.ta4j:ta4j-examples:0.18}), for the demo, tests and your own experiments.
 */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = "The real market data bundled with ticksignal: list it, or extract it as CSV files.",
    subcommands = { DataCommand.ListSets.class, DataCommand.ExtractSets.class })
final class DataCommand implements Runnable
{
    @Spec
    CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String cliName(final MarketDataSet set)
    {
        return set.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Prints one line per bundled data set.
     */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the bundled data sets.")
    static final class ListSets implements Runnable
    {
        @Spec
        CommandSpec spec;

        @Override
        public void run()
        {
            final PrintWriter out = spec.commandLine().getOut();
            out.printf("%-24s %-7s %8s  %-38s %s%n", "NAME", "FORMAT", "ROWS", "FILE", "DESCRIPTION");
            for (final MarketDataSet set : MarketDataSet.values())
            {
                out.printf("%-24s %-7s %,8d  %-38s %s%n",
                    cliName(set), set.format().name().toLowerCase(Locale.ROOT), set.rowCount(),
                    set.resourceName(), set.description());
            }
            out.flush();
        }
    }

    /**
     * Copies data sets out of the executable into a directory.
     */
    @Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Write bundled data sets as CSV files into a directory (all of them by default).")
    static final class ExtractSets implements Runnable
    {
        @Spec
        CommandSpec spec;

        @Option(names = { "-o", "--out" }, paramLabel = "DIR", defaultValue = "data",
            description = "Directory to write into (created if missing). Default: ${DEFAULT-VALUE}")
        Path outDirectory;

        @Parameters(paramLabel = "NAME", arity = "0..*",
            description = "Data sets to extract (default: all): ${COMPLETION-CANDIDATES}.")
        List<MarketDataSet> names = List.of();

        @Override
        public void run()
        {
            final Set<MarketDataSet> chosen = names.isEmpty() ?
                EnumSet.allOf(MarketDataSet.class) : EnumSet.copyOf(names);
            final PrintWriter out = spec.commandLine().getOut();
            for (final MarketDataSet set : chosen)
            {
                final Path written;
                try
                {
                    written = set.extractTo(outDirectory);
                }
                catch (final IOException ex)
                {
                    throw new UserErrorException(
                        "cannot write " + set.resourceName() + " into " + outDirectory.toAbsolutePath() + " (" +
                        ex + "); choose a writable directory with --out DIR", ex);
                }
                out.printf("%s -> %s (%,d rows, %s)%n",
                    cliName(set), written, set.rowCount(), set.format().name().toLowerCase(Locale.ROOT));
            }
            out.flush();
        }
    }
}
