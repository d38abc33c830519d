package io.ticksignal.bench.suite;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the results were measured on: host, CPU model, cores, JVM.
 */
public final class MachineDescription
{
    private MachineDescription()
    {
    }

    /**
     * @return the host name of this machine or JVM, for result files.
     */
    public static String hostName()
    {
        try
        {
            return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9.-]", "_");
        }
        catch (final IOException ex)
        {
            return "unknown-host";
        }
    }

    /**
     * @return the CPU model of this machine or JVM, for result files.
     */
    public static String cpuModel()
    {
        try
        {
            for (final String line : Files.readAllLines(Path.of("/proc/cpuinfo")))
            {
                if (line.startsWith("model name"))
                {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        }
        catch (final IOException ex)
        {
            return "unknown CPU (" + ex.getMessage() + ")";
        }
        return "unknown CPU";
    }

    /**
     * @return the Java runtime description of this machine or JVM, for result files.
     */
    public static String jvm()
    {
        return "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ", " +
            System.getProperty("java.vm.vendor") + ")";
    }

    /**
     * @return the number of available cores of this machine or JVM, for result files.
     */
    public static int cores()
    {
        return Runtime.getRuntime().availableProcessors();
    }
}
