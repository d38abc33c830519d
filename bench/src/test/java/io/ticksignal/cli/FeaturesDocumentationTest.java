package io.ticksignal.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/FEATURES.md is generated from the feature catalog and must never drift from it.
 */
class FeaturesDocumentationTest
{
    private static final Path DOCUMENT = Path.of("..", "docs", "FEATURES.md");

    @Test
    void shouldMatchTheCatalogExactly() throws IOException
    {
        final CommandRun run = CommandRun.of("features", "--list", "--markdown");
        assertEquals(0, run.exitCode(), run.err());

        final String regenerate = " — regenerate it from the repository root with " +
            "'./ticksignal features --list --markdown > docs/FEATURES.md' and commit the result";
        assertTrue(Files.isRegularFile(DOCUMENT), DOCUMENT.toAbsolutePath() + " is missing" + regenerate);
        assertEquals(run.out(), Files.readString(DOCUMENT, StandardCharsets.UTF_8),
            "docs/FEATURES.md is out of date with the feature catalog" + regenerate);
    }
}
