package io.ticksignal.engine.model.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryFollowerTest
{
    @TempDir
    Path root;

    private ModelRegistry registry;
    private RegistryFollower follower;

    @BeforeEach
    void start()
    {
        RegistryFixture.version(root, "btc", 1);
        RegistryFixture.version(root, "btc", 2);
        registry = new ModelRegistry(root, () -> 0L);
        registry.promote("btc", 1);
        follower = new RegistryFollower(registry, "btc", 1);
    }

    @Test
    void shouldReportOnlyAChangeOfThePromotedVersion()
    {
        assertEquals(RegistryFollower.NO_CHANGE, follower.poll(), "the version the engine started with");
        assertEquals(RegistryFollower.NO_CHANGE, follower.poll());

        registry.promote("btc", 2);
        assertEquals(2, follower.poll());
        assertEquals(RegistryFollower.NO_CHANGE, follower.poll(), "reported once");
        assertEquals(root.resolve("btc/2"), follower.bundle(2));
        assertEquals(1, follower.runningVersion(), "running changes only when the swap is applied");
        follower.running(2);

        registry.rollback("btc");
        assertEquals(1, follower.poll());
        assertEquals("registry-btc-v1", RegistryFollower.answerId("btc", 1));
    }

    @Test
    void shouldReportBadContentOnceAndFollowAgainWhenItIsFixed() throws IOException
    {
        follower.poll();
        Files.writeString(root.resolve("btc/PROMOTED"), "two\n");

        final RegistryException error = assertThrows(RegistryException.class, follower::poll);
        assertEquals(root.resolve("btc/PROMOTED") + " holds 'two', not a version (a whole number); write it with " +
            "'ticksignal model promote NAME VERSION --registry ROOT'", error.getMessage());
        assertEquals(RegistryFollower.NO_CHANGE, follower.poll(), "the same bad content is reported once");

        Files.delete(root.resolve("btc/PROMOTED"));
        final RegistryException gone = assertThrows(RegistryException.class, follower::poll);
        assertEquals(root.resolve("btc/PROMOTED") + " is gone; the engine keeps running version 1 of model btc; " +
            "promote a version with 'ticksignal model promote btc VERSION --registry " + root + "'", gone.getMessage());
        assertEquals(RegistryFollower.NO_CHANGE, follower.poll());

        Files.writeString(root.resolve("btc/PROMOTED"), "2\n");
        assertEquals(2, follower.poll());
    }

    @Test
    void shouldRefuseAHandPromotedVersionThatDoesNotMatchItsDirectory()
    {
        RegistryFixture.write(root, "btc", 3, RegistryFixture.bundle("btc", 4, 0.55));

        final RegistryException error = assertThrows(RegistryException.class, () -> follower.bundle(3));

        assertEquals(root.resolve("btc/3/model.yaml") + " says name: btc, version: 4, but its registry directory " +
            "is btc/3; set name: btc and version: 3 in model.yaml, or move the bundle to " + root.resolve("btc/4"),
            error.getMessage());
    }
}
