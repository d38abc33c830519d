package io.ticksignal.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line a subcommand was run with, as a shell would accept it again ({@code 'quoted'} where needed),
 * for the provenance that datasets and model bundles record.
 */
final class RecordedCommand
{
    private RecordedCommand()
    {
    }

    /**
     * @param spec the running subcommand's spec.
     * @return {@code ticksignal NAME ARGS...}, shell-quoted.
     */
    static String of(final CommandSpec spec)
    {
        final List<String> words = new ArrayList<>(List.of("ticksignal"));
        final List<String> args = spec.commandLine().getParseResult().originalArgs();
        if (args.isEmpty() || !args.get(0).equals(spec.name()))
        {
            words.add(spec.name());
        }
        for (final String arg : args)
        {
            words.add(arg.matches("[A-Za-z0-9_./:=@,+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return String.join(" ", words);
    }
}
