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

    /**
     * @return the 1, 5 and 15 minute load averages from {@code /proc/loadavg} as {@code "1.20 0.80 0.50"}, or
     *         {@code "unknown"}: how busy the machine was when a run started (2 cores: above 2 means waiting).
     */
    public static String loadAverage()
    {
        try
        {
            return loadAverage(Files.readString(Path.of("/proc/loadavg")));
        }
        catch (final IOException ex)
        {
            return "unknown";
        }
    }

    /**
     * @param procLoadAvg the text of {@code /proc/loadavg}, e.g. {@code "1.20 0.80 0.50 2/345 6789"}.
     * @return its first three fields, or {@code "unknown"} when it has fewer.
     */
    static String loadAverage(final String procLoadAvg)
    {
        final String[] fields = procLoadAvg.trim().split("\\s+");
        return fields.length < 3 ? "unknown" : fields[0] + " " + fields[1] + " " + fields[2];
    }
}
