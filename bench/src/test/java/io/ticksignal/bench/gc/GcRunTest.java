package io.ticksignal.bench.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ticksignal.config.JournalMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

final class GcRunTest
{
    private static final Path DEMO_BUNDLE = Path.of("..", "config", "models", "demo-btc", "1");

    @Test
    @Timeout(120)
    void shouldRunTheEngineInAChildJvmAndCountEveryEvent(@TempDir final Path out) throws Exception
    {
        final GcRunSettings settings = new GcRunSettings(150_000, 100_000, "64m", JournalMode.ENABLED, DEMO_BUNDLE,
            out, "test");

        final Path markdown = new GcRun(settings).run();

        final String name = markdown.getFileName().toString();
        assertTrue(name.endsWith("-gc.md"), name);
        final String json = Files.readString(markdown.resolveSibling(name.replace(".md", ".json")));
        assertEquals(150_000, figure(json, "inputsReceived"), json);
        assertEquals(0, figure(json, "inputsRejected"), json);
        assertEquals(0, figure(json, "engineErrors"), json);
        assertEquals(100_000, figure(json, "warmUpEvents"), json);
        assertEquals(150_000, figure(json, "events"), json);
        // Each of the 150,000 trades is journaled; start, stop and every signal add documents.
        assertTrue(figure(json, "journalDocuments") > 150_000 + figure(json, "signals"), json);
        assertEquals(figure(json, "signals"), figure(json, "signalsReceived"), json);
        assertTrue(figure(json, "vmRssKb") > 0 && figure(json, "vmRssKb") <= figure(json, "vmHwmKb"), json);
        assertTrue(json.contains("\"heap\": \"64m\","), json);
        assertTrue(Files.readString(markdown).contains("-Xms64m -Xmx64m -Xlog:gc*:file=gc.log"));
        assertTrue(Files.readString(markdown.resolveSibling(name.replace(".md", "-log.txt"))).contains("Using G1"));
    }

    @Test
    void shouldRejectBadSettingsNamingTheOption()
    {
        final IllegalArgumentException heap = assertThrows(IllegalArgumentException.class, () ->
            new GcRunSettings(10, 1, "lots", JournalMode.ENABLED, DEMO_BUNDLE, Path.of("out"), "test"));
        assertTrue(heap.getMessage().startsWith("--heap must be a size such as 64m"), heap.getMessage());
        final IllegalArgumentException warmUp = assertThrows(IllegalArgumentException.class, () ->
            new GcRunSettings(10, 10, "64m", JournalMode.ENABLED, DEMO_BUNDLE, Path.of("out"), "test"));
        assertTrue(warmUp.getMessage().startsWith("--warmup-events must be at least 0 and less than --events (10)"),
            warmUp.getMessage());
    }

    @Test
    void shouldHandTheChildALongClassPathThroughAManifestOnlyJar(@TempDir final Path dir) throws Exception
    {
        final Path classes = Files.createDirectories(dir.resolve("classes"));
        final Path library = Files.writeString(dir.resolve("lib.jar"), "");
        final Path jar = dir.resolve("classpath.jar");

        assertEquals("ticksignal.jar", GcRun.classPath("ticksignal.jar", jar));
        assertTrue(Files.notExists(jar), "one entry needs no manifest-only jar");

        final String passed = GcRun.classPath(classes + File.pathSeparator + library, jar);

        assertEquals(jar.toString(), passed);
        try (JarFile file = new JarFile(jar.toFile()))
        {
            assertEquals(classes.toUri() + " " + library.toUri(),
                file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH));
        }
        assertTrue(classes.toUri().toString().endsWith("/classes/"), "a directory entry ends with '/'");
    }

    private static long figure(final String json, final String name)
    {
        final Matcher matcher = Pattern.compile("\"" + name + "\": (-?\\d+)").matcher(json);
        assertTrue(matcher.find(), name + " in " + json);
        return Long.parseLong(matcher.group(1));
    }
}
