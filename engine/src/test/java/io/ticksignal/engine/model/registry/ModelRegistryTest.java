package io.ticksignal.engine.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest
{
    /** 2026-11-25T21:00:00Z. */
    private static final long START_MS = 1_795_640_400_000L;

    @TempDir
    Path root;

    private long nowMs = START_MS;
    private ModelRegistry registry;

    @BeforeEach
    void open()
    {
        registry = new ModelRegistry(root, () -> nowMs);
    }

    @Test
    void shouldListNamesAndVersionsInNumericOrderWithValidityAndMetrics() throws IOException
    {
        RegistryFixture.version(root, "btc", 10);
        RegistryFixture.version(root, "btc", 2);
        RegistryFixture.version(root, "btc", 1);
        RegistryFixture.write(root, "btc", 3, RegistryFixture.bundle("btc", 3, 0.55).replace("[0.05, 0.8]", "[0.05]"));
        RegistryFixture.write(root, "btc", 4, RegistryFixture.bundle("eth", 7, 0.55));
        Files.createDirectories(root.resolve("btc/latest"));
        RegistryFixture.version(root, "aapl", 1);
        Files.writeString(root.resolve("README"), "not a model");

        assertEquals(List.of("aapl", "btc"), registry.names());
        final List<RegistryVersion> versions = registry.versions("btc");
        assertEquals(List.of(1L, 2L, 3L, 4L, 10L), versions.stream().map(RegistryVersion::version).toList());
        assertTrue(versions.get(0).isValid());
        assertEquals(Map.of("trainAccuracy", "0.61", "testAccuracy", "0.51"), versions.get(0).metrics());
        assertEquals(List.of("trainAccuracy", "testAccuracy"), List.copyOf(versions.get(0).metrics().keySet()));
        assertEquals(root.resolve("btc/2"), versions.get(1).directory());
        assertFalse(versions.get(2).isValid());
        assertTrue(versions.get(2).problem().startsWith("logistic.coefficients"), versions.get(2).problem());
        assertFalse(versions.get(3).isValid());
        assertEquals(root.resolve("btc/4/model.yaml") + " says name: eth, version: 7, but its registry directory " +
            "is btc/4; set name: btc and version: 4 in model.yaml, or move the bundle to " + root.resolve("eth/7"),
            versions.get(3).problem());
        assertTrue(versions.get(4).isValid());
        assertEquals(List.of("latest"), registry.strays("btc"));
        assertEquals(OptionalLong.empty(), registry.promoted("btc"));
    }

    @Test
    void shouldPromoteWritingThePromotedFileAndTheHistory() throws IOException
    {
        RegistryFixture.version(root, "btc", 1);
        RegistryFixture.version(root, "btc", 2);

        final Promotion first = registry.promote("btc", 1);
        nowMs += 60_000;
        final Promotion second = registry.promote("btc", 2);

        assertEquals(new Promotion(PromotionAction.PROMOTE, "btc", Promotion.NONE, 1, "2026-11-25T21:00:00Z", true),
            first);
        assertEquals("btc: version (none) -> 1", first.describe());
        assertEquals("btc: version 1 -> 2", second.describe());
        assertEquals("2" + System.lineSeparator(), Files.readString(root.resolve("btc/PROMOTED")));
        assertEquals(OptionalLong.of(2), registry.promoted("btc"));
        assertEquals(List.of(
            "promote from=- to=1 at=2026-11-25T21:00:00Z",
            "promote from=1 to=2 at=2026-11-25T21:01:00Z"), Files.readAllLines(root.resolve("btc/promotions.log")));
        assertEquals(List.of(first, second), registry.history("btc"));
        assertEquals("btc", registry.loadPromoted("btc").metadata().name());
        assertEquals(2, registry.loadPromoted("btc").metadata().version());
    }

    @Test
    void shouldLeaveEverythingAsItIsWhenTheVersionIsPromotedAlready() throws IOException
    {
        RegistryFixture.version(root, "btc", 1);
        registry.promote("btc", 1);

        final Promotion again = registry.promote("btc", 1);

        assertFalse(again.changed());
        assertEquals(1, again.fromVersion());
        assertEquals(1, Files.readAllLines(root.resolve("btc/promotions.log")).size());
    }

    @Test
    void shouldRollBackThroughTheHistoryAsAStack() throws IOException
    {
        RegistryFixture.version(root, "btc", 1);
        RegistryFixture.version(root, "btc", 2);
        RegistryFixture.version(root, "btc", 3);
        registry.promote("btc", 1);
        registry.promote("btc", 3);
        registry.promote("btc", 2);
        assertEquals(List.of(1L, 3L, 2L), registry.promotionStack("btc"));

        assertEquals("btc: version 2 -> 3", registry.rollback("btc").describe());
        assertEquals(OptionalLong.of(3), registry.promoted("btc"));
        assertEquals("btc: version 3 -> 1", registry.rollback("btc").describe());
        assertEquals(OptionalLong.of(1), registry.promoted("btc"));
        final RegistryException nothing = assertThrows(RegistryException.class, () -> registry.rollback("btc"));
        assertEquals("nothing to roll back: version 1 of model btc is the first one promoted (see " +
            root.resolve("btc/promotions.log") + "); promote another version with 'ticksignal model promote btc " +
            "VERSION'", nothing.getMessage());
        assertEquals(OptionalLong.of(1), registry.promoted("btc"));

        registry.promote("btc", 2);
        assertEquals("btc: version 2 -> 1", registry.rollback("btc").describe());
        assertEquals(List.of("promote", "promote", "promote", "rollback", "rollback", "promote", "rollback"),
            Files.readAllLines(root.resolve("btc/promotions.log")).stream().map(line -> line.split(" ")[0]).toList());
    }

    @Test
    void shouldTakeAHandWrittenPromotedFileAsTheTopOfTheStack() throws IOException
    {
        RegistryFixture.version(root, "btc", 1);
        RegistryFixture.version(root, "btc", 2);
        registry.promote("btc", 1);
        Files.writeString(root.resolve("btc/PROMOTED"), "2\n");

        assertEquals(List.of(1L, 2L), registry.promotionStack("btc"));
        assertEquals("btc: version 2 -> 1", registry.rollback("btc").describe());
    }

    @Test
    void shouldRefuseNothingToRollBackWhenNothingIsPromoted()
    {
        RegistryFixture.version(root, "btc", 1);

        final RegistryException error = assertThrows(RegistryException.class, () -> registry.rollback("btc"));

        assertEquals("nothing to roll back: model btc has no promoted version (no " + root.resolve("btc/PROMOTED") +
            "); promote one with 'ticksignal model promote btc VERSION'", error.getMessage());
    }

    @Test
    void shouldRefuseAMissingVersionNamingTheOnesThereAre()
    {
        RegistryFixture.version(root, "btc", 1);
        RegistryFixture.version(root, "btc", 2);

        final RegistryException error = assertThrows(RegistryException.class, () -> registry.promote("btc", 7));

        assertEquals("model btc has no version 7: " + root.resolve("btc/7") + " is not a directory; its versions " +
            "are [1, 2]", error.getMessage());
        assertFalse(Files.exists(root.resolve("btc/PROMOTED")));
    }

    @Test
    void shouldRefuseAnInvalidBundleAndKeepThePromotedVersion() throws IOException
    {
        RegistryFixture.version(root, "btc", 1);
        RegistryFixture.write(root, "btc", 2, RegistryFixture.bundle("btc", 2, 0.55).replace("[0.05, 0.8]", "[0.05]"));
        registry.promote("btc", 1);

        final RegistryException error = assertThrows(RegistryException.class, () -> registry.promote("btc", 2));

        assertTrue(error.getMessage().startsWith("invalid model bundle "), error.getMessage());
        assertTrue(error.getMessage().contains("coefficients"), error.getMessage());
        assertEquals(OptionalLong.of(1), registry.promoted("btc"));
        assertEquals(1, Files.readAllLines(root.resolve("btc/promotions.log")).size());
    }

    @Test
    void shouldRefuseABundleWhoseModelYamlNamesAnotherVersion()
    {
        RegistryFixture.write(root, "btc", 2, RegistryFixture.bundle("btc", 1, 0.55));

        final RegistryException error = assertThrows(RegistryException.class, () -> registry.promote("btc", 2));

        assertEquals(root.resolve("btc/2/model.yaml") + " says name: btc, version: 1, but its registry directory " +
            "is btc/2; set name: btc and version: 2 in model.yaml, or move the bundle to " + root.resolve("btc/1"),
            error.getMessage());
    }

    @Test
    void shouldNameTheCommandWhenNothingIsPromotedAtEngineStart()
    {
        RegistryFixture.version(root, "btc", 1);

        final RegistryException error = assertThrows(RegistryException.class, () -> registry.loadPromoted("btc"));

        assertEquals("model btc in registry " + root + " has no promoted version (no " +
            root.resolve("btc/PROMOTED") + "); promote one with 'ticksignal model promote btc VERSION --registry " +
            root + "'", error.getMessage());
    }

    @Test
    void shouldNameTheModelsThereAreForAnUnknownName()
    {
        RegistryFixture.version(root, "btc", 1);

        final RegistryException error = assertThrows(RegistryException.class, () -> registry.promote("eth", 1));

        assertEquals("model registry " + root + " has no model eth (no directory " + root.resolve("eth") + "); " +
            "its models are [btc]", error.getMessage());
    }

    @Test
    void shouldRefuseAPromotedFileThatIsNotAVersion() throws IOException
    {
        RegistryFixture.version(root, "btc", 1);
        Files.writeString(root.resolve("btc/PROMOTED"), "latest\n");

        final RegistryException error = assertThrows(RegistryException.class, () -> registry.promoted("btc"));

        assertEquals(root.resolve("btc/PROMOTED") + " holds 'latest', not a version (a whole number); write it " +
            "with 'ticksignal model promote NAME VERSION --registry ROOT'", error.getMessage());
    }

    @Test
    void shouldRefuseACorruptHistoryLineNamingFileAndLine() throws IOException
    {
        RegistryFixture.version(root, "btc", 1);
        RegistryFixture.version(root, "btc", 2);
        registry.promote("btc", 1);
        registry.promote("btc", 2);
        Files.writeString(root.resolve("btc/promotions.log"), "promote 1 to 2\n", java.nio.file.StandardOpenOption.APPEND);

        final RegistryException error = assertThrows(RegistryException.class, () -> registry.rollback("btc"));

        assertEquals(root.resolve("btc/promotions.log") + ":3: not a promotion record: 'promote 1 to 2'; expected " +
            "'promote|rollback from=V|- to=V at=TIME' (the file is written by 'ticksignal model promote' and " +
            "'rollback'; restore or remove the line)", error.getMessage());
        assertEquals(OptionalLong.of(2), registry.promoted("btc"));
    }

    @Test
    void shouldExplainAMissingRegistry()
    {
        final ModelRegistry missing = new ModelRegistry(root.resolve("nowhere"), () -> 0L);

        final RegistryException error = assertThrows(RegistryException.class, missing::names);

        assertEquals("model registry " + root.resolve("nowhere") + " is not a directory; create it and put bundles " +
            "in " + root.resolve("nowhere/NAME/VERSION"), error.getMessage());
    }
}
