package io.ticksignal.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * Reports the version from the executable jar's manifest, with the Java runtime in use.
 */
final class TicksignalVersion implements IVersionProvider
{
    @Override
    public String[] getVersion()
    {
        final String version = TicksignalVersion.class.getPackage().getImplementationVersion();
        return new String[]
        {
            "ticksignal " + (null == version ? "(development build, not from the jar)" : version),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"
        };
    }
}
