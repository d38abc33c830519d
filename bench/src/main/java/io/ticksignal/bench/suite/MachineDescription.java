package io.ticksignal.bench.suite;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the results were measured on: host, CPU model, cores, JVM.
 */
final class MachineDescription
{
    private MachineDescription()
    {
    }

    static String hostName()
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

    static String cpuModel()
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

    static String jvm()
    {
        return "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ", " +
            System.getProperty("java.vm.vendor") + ")";
    }

    static int cores()
    {
        return Runtime.getRuntime().availableProcessors();
    }
}
