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
        quietChronicle();
        System.exit(newCommandLine().execute(args));
    }

    /**
     * Chronicle Queue reads these when its classes load: without them it prints a banner and
     * sends usage analytics. A value the user set with -D wins.
     */
    private static void quietChronicle()
    {
        for (final String key : new String[]{ "chronicle.announcer.disable", "chronicle.analytics.disable" })
        {
            if (null == System.getProperty(key))
            {
                System.setProperty(key, "true");
            }
        }
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
