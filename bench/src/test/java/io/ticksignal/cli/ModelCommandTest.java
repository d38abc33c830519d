package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.agrona.concurrent.ShutdownSignalBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCommandTest
{
    /** Surefire runs in the module directory; the demo bundle sits at the top of the config module. */
    private static final Path DEMO_BUNDLE = Path.of("../config/models/demo-btc/1").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void shouldSwapTheRunningEngineModelRefuseABadBundleAndListTheSwaps() throws Exception
    {
        final Path config = Files.writeString(dir.resolve("engine.yaml"), String.join("\n",
            "engine:",
            "  name: model-test",
            "aeron:",
            "  driverDirectory: " + dir.resolve("aeron"),
            "journal:",
            "  directory: " + dir.resolve("journal"),
            "counters:",
            "  file: " + dir.resolve("counters.dat"),
            "instruments:",
            "  - id: 0",
            "    symbol: BTC-USD",
            "    priceScale: 2",
            "    sizeScale: 8",
            "model:",
            "  bundle: " + DEMO_BUNDLE,
            ""));
        final Path second = copyDemoBundle("demo-btc-b", 2);
        final Path needsFeature = copyDemoBundle("demo-btc-c", 3);
        Files.writeString(needsFeature.resolve("model.yaml"),
            Files.readString(needsFeature.resolve("model.yaml")).replace("\"cci(20)@1m\"", "\"cci(20)@5m\""));

        final CompletableFuture<CommandRun> running =
            CompletableFuture.supplyAsync(() -> CommandRun.of("run", "--config", config.toString()));
        AeronTestSupport.awaitUntil(() -> Files.isDirectory(dir.resolve("model-requests")) || running.isDone(),
            "the engine to go live");
        final CommandRun feed = CommandRun.of("feed", "--config", config.toString(), "--input",
            "bitstamp_btc_usd_trades", "--instrument", "BTC-USD", "--speed", "max", "--limit", "500");
        assertEquals(0, feed.exitCode(), feed.err());

        final CommandRun refused = CommandRun.of("model", "swap", "--bundle", needsFeature.toString(), "--config",
            config.toString());
        final CommandRun swapped = CommandRun.of("model", "swap", "--bundle", second.toString(), "--config",
            config.toString());
        final CommandRun list = CommandRun.of("model", "list", "--config", config.toString());
        new ShutdownSignalBarrier().signalAll();
        final CommandRun run = running.get(30, TimeUnit.SECONDS);

        assertEquals(1, refused.exitCode(), refused.out());
        assertTrue(refused.err().contains("does not compute its feature(s) [cci(20)@5m]"), refused.err());
        assertEquals(0, swapped.exitCode(), swapped.err());
        assertTrue(swapped.out().matches("(?s)model swap: model swapped after engine sequence \\d+: model " +
            "demo-btc-b version 2; bundle " + second.toAbsolutePath() + "; sha256 [0-9a-f]{64}\\R"), swapped.out());
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().startsWith("model: configured bundle " + DEMO_BUNDLE), list.out());
        assertTrue(list.out().contains("): model demo-btc-b version 2; bundle " + second.toAbsolutePath()),
            list.out());
        assertTrue(list.out().contains("model: 1 swap(s) in the journal"), list.out());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("run: inputs: 500 received, 500 accepted, 0 rejected"), run.out());
        assertTrue(run.out().contains("run: errors: 1"), "the refused swap is logged:\n" + run.out());
    }

    @Test
    void shouldSaySoWhenNoEngineIsRunning() throws IOException
    {
        final Path config = Files.writeString(dir.resolve("engine.yaml"), String.join("\n",
            "engine:",
            "  name: model-none",
            "counters:",
            "  file: " + dir.resolve("counters.dat"),
            "instruments:",
            "  - { id: 0, symbol: BTC-USD, priceScale: 2, sizeScale: 8 }",
            "model:",
            "  bundle: " + DEMO_BUNDLE,
            ""));

        final CommandRun run = CommandRun.of("model", "swap", "--bundle", DEMO_BUNDLE.toString(), "--config",
            config.toString());

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("no running engine found: " + dir.resolve("counters.dat")), run.err());
    }

    private Path copyDemoBundle(final String name, final long version) throws IOException
    {
        final Path bundle = Files.createDirectories(dir.resolve(name));
        Files.copy(DEMO_BUNDLE.resolve("model.onnx"), bundle.resolve("model.onnx"));
        Files.writeString(bundle.resolve("model.yaml"), Files.readString(DEMO_BUNDLE.resolve("model.yaml"))
            .replace("name: \"demo-btc\"", "name: \"" + name + "\"").replace("version: 1", "version: " + version));
        return bundle;
    }
}
