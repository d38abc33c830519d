package io.ticksignal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The root command: lists the subcommands; running it bare prints the usage.
 */
@Command(
    name = "ticksignal",
    mixinStandardHelpOptions = true,
    versionProvider = TicksignalVersion.class,
    description = {
        "Low-latency market-signal engine: ticks in over Aeron, features and models in a",
        "Disruptor pipeline, BUY/SELL/HOLD signals out, every event journaled for exact replay."
    },
    subcommands = {
        DemoCommand.class,
        RunCommand.class,
        ConfigCommand.class,
        DataCommand.class,
        FeaturesCommand.class,
        DatasetCommand.class,
        ScoreCommand.class,
        ModelCommand.class,
        FeedCommand.class,
        TailCommand.class,
        ReplayCommand.class,
        SignalsCommand.class,
        BacktestCommand.class,
        TrainCommand.class,
        StatCommand.class,
        BenchCommand.class
    },
    footer = {
        "",
        "Run 'ticksignal COMMAND --help' for a command's options.",
        "Exit codes: 0 ok, 1 user error (bad input, invalid config), 2 usage error."
    })
final class TicksignalCommand implements Runnable
{
    @Spec
    CommandSpec spec;

    @Override
    public void run()
    {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
