package io.ticksignal.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a {@link UserErrorException} into a one-paragraph message and exit code 1; anything
 * else is a bug, reported with its stack trace so that it can be fixed.
 */
final class UserErrorHandler implements IExecutionExceptionHandler
{
    @Override
    public int handleExecutionException(
        final Exception ex, final CommandLine commandLine, final ParseResult parseResult) throws Exception
    {
        if (ex instanceof UserErrorException)
        {
            commandLine.getErr().println("ticksignal " + commandLine.getCommandName() + ": " + ex.getMessage());
            commandLine.getErr().flush();
            return UserErrorException.EXIT_CODE;
        }
        throw ex;
    }
}
