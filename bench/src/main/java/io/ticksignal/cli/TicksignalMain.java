package io.ticksignal.cli;

import picocli.CommandLine;

/**
 * Entry point of the {@code ticksignal} executable.
 */
public final class TicksignalMain
{
    private TicksignalMain()
    {
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args command-line arguments.
     */
    public static void main(final String[] args)
    {
        System.exit(newCommandLine().execute(args));
    }

    /**
     * @return the configured command line, ready to {@code execute}; tests use it with their own writers.
     */
    public static CommandLine newCommandLine()
    {
        final CommandLine commandLine = new CommandLine(new TicksignalCommand());
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
