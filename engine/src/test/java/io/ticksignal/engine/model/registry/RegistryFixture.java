package io.ticksignal.engine.model.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small built-in logistic bundles written into a registry layout.
 */
final class RegistryFixture
{
    private RegistryFixture()
    {
    }

    static String bundle(final String name, final long version, final double buyAbove)
    {
        return String.join("\n",
            "name: " + name,
            "version: " + version,
            "scorer: LOGISTIC",
            "features:",
            "  - \"rsi(14)@1m\"",
            "  - \"roc(5)@1m\"",
            "training:",
            "  metrics:",
            "    trainAccuracy: 0.61",
            "    testAccuracy: 0.5" + version,
            "output:",
            "  meaning: BINARY",
            "  labels: [DOWN, UP]",
            "calibration:",
            "  kind: NONE",
            "thresholds:",
            "  buyAbove: " + buyAbove,
            "  sellBelow: 0.45",
            "logistic:",
            "  link: SIGMOID",
            "  coefficients:",
            "    - [0.05, 0.8]",
            "  intercepts: [-1.5]",
            "");
    }

    static Path write(final Path root, final String name, final long version, final String yaml)
    {
        final Path directory = root.resolve(name).resolve(Long.toString(version));
        try
        {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("model.yaml"), yaml);
            return directory;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    static Path version(final Path root, final String name, final long version)
    {
        return write(root, name, version, bundle(name, version, 0.55));
    }
}
