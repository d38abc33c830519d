package io.ticksignal.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads the {@code journal} section.
 */
final class JournalSection
{
    static final List<String> KEYS = List.of("mode", "directory", "rollCycle");

    private JournalSection()
    {
    }

    static JournalConfig read(final SectionReader root, final Path tempDirectory, final String engineName)
    {
        final SectionReader journal = root.section("journal", KEYS);
        return new JournalConfig(
            journal.choice("mode", JournalMode.class, "a journal mode").orElse(ConfigDefaults.JOURNAL_MODE),
            journal.path("directory", "the journal directory")
                .orElse(ConfigDefaults.journalDirectory(tempDirectory, engineName)),
            journal.choice("rollCycle", RollCycleKind.class, "a roll cycle").orElse(ConfigDefaults.ROLL_CYCLE));
    }
}
