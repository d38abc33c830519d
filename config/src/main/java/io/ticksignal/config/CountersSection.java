package io.ticksignal.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads the {@code counters} section.
 */
final class CountersSection
{
    static final List<String> KEYS = List.of("file");

    private CountersSection()
    {
    }

    static CountersConfig read(final SectionReader root, final Path tempDirectory, final String engineName)
    {
        final SectionReader counters = root.section("counters", KEYS);
        return new CountersConfig(counters.path("file", "the counters file")
            .orElse(ConfigDefaults.countersFile(tempDirectory, engineName)));
    }
}
