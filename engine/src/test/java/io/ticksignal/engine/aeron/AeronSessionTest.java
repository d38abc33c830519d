package io.ticksignal.engine.aeron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import io.aeron.Publication;
import io.aeron.Subscription;
import io.ticksignal.config.AeronConfig;
import io.ticksignal.config.AeronDriverMode;
import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.config.IdleStrategyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AeronSessionTest
{
    @TempDir
    Path temp;

    @Test
    void shouldRefuseExternalModeWithoutADriver()
    {
        final Path directory = temp.resolve("no-driver");
        final AeronConfig aeron = config(AeronDriverMode.EXTERNAL, directory);

        final NoMediaDriverException ex = assertThrows(NoMediaDriverException.class, () -> AeronSession.forEngine(aeron, null));

        assertEquals("no media driver at " + directory.toAbsolutePath() +
            ": start one or set aeron.driverMode: embedded", ex.getMessage());
    }

    @Test
    void shouldRefuseAClientWithoutADriverAndTellItToStartTheEngine()
    {
        final Path directory = temp.resolve("nothing-here");

        final NoMediaDriverException ex = assertThrows(NoMediaDriverException.class, () -> AeronSession.forClient(directory, null));

        assertEquals(directory.toAbsolutePath(), ex.directory());
        assertTrue(ex.getMessage().contains("start the engine first (ticksignal run --config F)"), ex.getMessage());
    }

    @Test
    void shouldLaunchAnEmbeddedDriverThatAClientAndAnExternalEngineCanJoin()
    {
        final Path directory = temp.resolve("aeron");
        try (AeronSession engine = AeronSession.forEngine(config(AeronDriverMode.EMBEDDED, directory), null);
            AeronSession external = AeronSession.forEngine(config(AeronDriverMode.EXTERNAL, directory), null);
            AeronSession client = AeronSession.forClient(directory, null);
            Subscription subscription = engine.aeron().addSubscription("aeron:ipc", 7);
            Publication publication = client.aeron().addPublication("aeron:ipc", 7))
        {
            assertEquals(AeronDriverMode.EMBEDDED, engine.driverMode());
            assertEquals(AeronDriverMode.EXTERNAL, external.driverMode());
            assertEquals(directory.toAbsolutePath(), client.directory());
            assertTrue(AeronConnector.isDriverActive(directory));
            Await.until(publication::isConnected, "publication connected");
            Await.until(subscription::isConnected, "subscription connected");
        }
        assertTrue(!directory.toFile().exists(), "the driver deletes its directory on shutdown");
    }

    @Test
    void shouldRefuseASecondEmbeddedDriverInTheSameDirectory()
    {
        final Path directory = temp.resolve("busy");
        try (EmbeddedDriver first = EmbeddedDriver.launch(EmbeddedDriverContext.defaults(directory)))
        {
            assertEquals(directory.toAbsolutePath(), first.directory());
            final DriverAlreadyRunningException ex = assertThrows(DriverAlreadyRunningException.class,
                () -> EmbeddedDriver.launch(EmbeddedDriverContext.defaults(directory)));
            assertTrue(ex.getMessage().startsWith("a media driver is already running at " + directory.toAbsolutePath()),
                ex.getMessage());
        }
    }

    @Test
    void shouldLaunchInSharedNetworkModeWithAnotherIdleStrategy()
    {
        final EmbeddedDriverContext context = EmbeddedDriverContext.defaults(temp.resolve("shared-network"))
            .withThreading(DriverThreading.SHARED_NETWORK)
            .withIdleStrategy(IdleStrategyKind.SLEEPING)
            .withIpcTermLength(64 * 1024);
        try (AeronSession session = AeronSession.launchEmbedded(context, null))
        {
            assertEquals(AeronDriverMode.EMBEDDED, session.driverMode());
            assertTrue(AeronConnector.isDriverActive(context.directory()));
        }
    }

    @Test
    void shouldRejectATermLengthThatIsNotAPowerOfTwo()
    {
        final EmbeddedDriverContext context = EmbeddedDriverContext.defaults(temp);
        assertThrows(IllegalArgumentException.class, () -> context.withIpcTermLength(100_000));
    }

    private static AeronConfig config(final AeronDriverMode mode, final Path directory)
    {
        return new AeronConfig(
            mode, directory, new AeronStreamConfig("aeron:ipc", 1001), new AeronStreamConfig("aeron:ipc", 1002));
    }
}
