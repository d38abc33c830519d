package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.agrona.concurrent.ShutdownSignalBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryCommandTest
{
    /** Surefire runs in the module directory; the demo bundle sits at the top of the config module. */
    private static final Path DEMO_BUNDLE = Path.of("../config/models/demo-btc/1").toAbsolutePath().normalize();
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void shouldListPromoteAndRollBackWithoutAnEngine() throws IOException
    {
        final Path registry = dir.resolve("registry");
        version(registry, 1, "0.621");
        version(registry, 2, "0.6");
        Files.createDirectories(registry.resolve("btc/3"));
        Files.copy(DEMO_BUNDLE.resolve("model.onnx"), registry.resolve("btc/3/model.onnx"));
        Files.writeString(registry.resolve("btc/3/model.yaml"), Files.readString(DEMO_BUNDLE.resolve("model.yaml"))
            .replace("name: \"demo-btc\"", "name: \"btc\"").replace("version: 1", "version: 9"));

        final CommandRun before = CommandRun.of("model", "list", "--registry", registry.toString());
        final CommandRun first = CommandRun.of("model", "promote", "btc", "1", "--registry", registry.toString());
        final CommandRun again = CommandRun.of("model", "promote", "btc", "1", "--registry", registry.toString());
        final CommandRun mismatched = CommandRun.of("model", "promote", "btc", "3", "--registry", registry.toString());
        final CommandRun missing = CommandRun.of("model", "promote", "btc", "4", "--registry", registry.toString());
        final CommandRun nothing = CommandRun.of("model", "rollback", "btc", "--registry", registry.toString());
        final CommandRun second = CommandRun.of("model", "promote", "btc", "2", "--registry", registry.toString());
        final CommandRun after = CommandRun.of("model", "list", "--registry", registry.toString());
        final CommandRun back = CommandRun.of("model", "rollback", "btc", "--registry", registry.toString());

        assertEquals(0, before.exitCode(), before.err());
        final String versions =
            "    version 1  test.rows 1875, test.accuracy 0.5067, test.rocAuc 0.5693, test.logLoss 0.7032" + NL +
            "    version 2  test.rows 1875, test.accuracy 0.5067, test.rocAuc 0.5693, test.logLoss 0.7032" + NL +
            "    version 3  INVALID: " + registry.resolve("btc/3/model.yaml") + " says name: btc, version: 9, but " +
            "its registry directory is btc/3; set name: btc and version: 3 in model.yaml, or move the bundle to " +
            registry.resolve("btc/9") + NL;
        assertEquals("registry: " + registry + NL +
            "btc: nothing promoted; promote a version with 'ticksignal model promote btc VERSION --registry " +
            registry + "'" + NL + versions, before.out());

        assertEquals(0, first.exitCode(), first.err());
        assertEquals("model promote: btc: version (none) -> 1 (" + registry.resolve("btc/PROMOTED") + ")" + NL,
            first.out());
        assertEquals("model promote: btc version 1 is promoted already; nothing changed" + NL, again.out());
        assertEquals(1, mismatched.exitCode());
        assertTrue(mismatched.err().contains("ticksignal promote: " + registry.resolve("btc/3/model.yaml") +
            " says name: btc, version: 9"), mismatched.err());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("ticksignal promote: model btc has no version 4: " + registry.resolve("btc/4") +
            " is not a directory; its versions are [1, 2, 3]"), missing.err());
        assertEquals(1, nothing.exitCode());
        assertTrue(nothing.err().contains("ticksignal rollback: nothing to roll back: version 1 of model btc is the " +
            "first one promoted"), nothing.err());

        assertEquals("model promote: btc: version 1 -> 2 (" + registry.resolve("btc/PROMOTED") + ")" + NL,
            second.out());
        assertEquals("registry: " + registry + NL +
            "btc: promoted version 2; a rollback returns to version 1" + NL +
            versions.replace("    version 2 ", "  * version 2 (promoted) "), after.out());
        assertEquals("model rollback: btc: version 2 -> 1 (" + registry.resolve("btc/PROMOTED") + ")" + NL,
            back.out());
        assertEquals("1", Files.readString(registry.resolve("btc/PROMOTED")).strip());
        final List<String> log = Files.readAllLines(registry.resolve("btc/promotions.log"));
        assertEquals(3, log.size());
        assertTrue(log.get(2).startsWith("rollback from=2 to=1 at=20"), log.get(2));
    }

    @Test
    void shouldWaitForTheRunningEngineToFollowPromoteAndRollback() throws Exception
    {
        final Path registry = dir.resolve("registry");
        version(registry, 1, "0.621");
        version(registry, 2, "0.55");
        version(registry, 3, "0.55");
        Files.writeString(registry.resolve("btc/3/model.yaml"), Files.readString(registry.resolve("btc/3/model.yaml"))
            .replace("\"cci(20)@1m\"", "\"cci(20)@5m\""));
        final CommandRun first = CommandRun.of("model", "promote", "btc", "1", "--registry", registry.toString());
        assertEquals(0, first.exitCode(), first.err());
        final Path config = Files.writeString(dir.resolve("engine.yaml"), String.join("\n",
            "engine:",
            "  name: registry-test",
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
            "  registry: " + registry,
            "  name: btc",
            ""));

        final CompletableFuture<CommandRun> running =
            CompletableFuture.supplyAsync(() -> CommandRun.of("run", "--config", config.toString()));
        AeronTestSupport.awaitUntil(() -> Files.isDirectory(dir.resolve("model-requests")) || running.isDone(),
            "the engine to go live");
        final CommandRun feed = CommandRun.of("feed", "--config", config.toString(), "--input",
            "bitstamp_btc_usd_trades", "--instrument", "BTC-USD", "--speed", "max", "--limit", "500");
        assertEquals(0, feed.exitCode(), feed.err());

        final CommandRun promoted = CommandRun.of("model", "promote", "btc", "2", "--registry", registry.toString(),
            "--config", config.toString());
        final CommandRun refused = CommandRun.of("model", "promote", "btc", "3", "--registry", registry.toString(),
            "--config", config.toString());
        final CommandRun backTo2 = CommandRun.of("model", "rollback", "btc", "--registry", registry.toString(),
            "--config", config.toString());
        final CommandRun rolledBack = CommandRun.of("model", "rollback", "btc", "--registry", registry.toString(),
            "--config", config.toString());
        final CommandRun list = CommandRun.of("model", "list", "--config", config.toString());
        new ShutdownSignalBarrier().signalAll();
        final CommandRun run = running.get(30, TimeUnit.SECONDS);

        assertEquals(0, promoted.exitCode(), promoted.err());
        assertTrue(promoted.out().matches("(?s)model promote: btc: version 1 -> 2 \\(\\S+PROMOTED\\)\\R" +
            "engine: model swapped after engine sequence 500: model btc version 2; bundle " + registry.resolve("btc/2") +
            "; sha256 [0-9a-f]{64}\\R"), promoted.out());
        assertEquals(1, refused.exitCode(), refused.out());
        assertTrue(refused.out().startsWith("model promote: btc: version 2 -> 3 "), refused.out());
        assertTrue(refused.err().contains("ticksignal promote: engine: model btc version 3 (promoted in " +
            registry.resolve("btc/PROMOTED") + ") refused; the engine keeps running version 2: "), refused.err());
        assertTrue(refused.err().contains("does not compute its feature(s) [cci(20)@5m]"), refused.err());
        assertTrue(refused.err().contains("the registry promotes version 3 all the same; roll back with " +
            "'ticksignal model rollback btc --registry " + registry + "'"), refused.err());
        assertEquals(0, backTo2.exitCode(), backTo2.err());
        assertEquals("model rollback: btc: version 3 -> 2 (" + registry.resolve("btc/PROMOTED") + ")" + NL +
            "engine: model btc version 2 (promoted in " + registry.resolve("btc/PROMOTED") + ") is running already; " +
            "nothing to swap" + NL, backTo2.out());
        assertEquals(0, rolledBack.exitCode(), rolledBack.err());
        assertTrue(rolledBack.out().matches("(?s)model rollback: btc: version 2 -> 1 \\(\\S+PROMOTED\\)\\R" +
            "engine: model swapped after engine sequence 500: model btc version 1; bundle " +
            registry.resolve("btc/1") + "; sha256 [0-9a-f]{64}\\R"), rolledBack.out());
        assertTrue(list.out().startsWith("model: configured registry " + registry + ", name btc" + NL), list.out());
        assertTrue(list.out().contains("model: swap after engine sequence 0 (journal index "), list.out());
        assertTrue(list.out().contains("model: 3 swap(s) in the journal"), "start model, promote, rollback:\n" +
            list.out());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("run: inputs: 500 received, 500 accepted, 0 rejected"), run.out());
        assertTrue(run.out().contains("run: errors: 1"), "the refused version is logged:\n" + run.out());
    }

    @Test
    void shouldSayTheEngineIsNotRunningAndStillPromote() throws IOException
    {
        final Path registry = dir.resolve("registry");
        version(registry, 1, "0.621");
        final Path config = Files.writeString(dir.resolve("engine.yaml"), String.join("\n",
            "counters:",
            "  file: " + dir.resolve("counters.dat"),
            "instruments:",
            "  - { id: 0, symbol: BTC-USD, priceScale: 2, sizeScale: 8 }",
            "model: {registry: " + registry + ", name: btc}",
            ""));

        final CommandRun run = CommandRun.of("model", "promote", "btc", "1", "--registry", registry.toString(),
            "--config", config.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("engine: no engine running with " + config + " (" + dir.resolve("counters.dat") + " is " +
            "missing); the registry alone is changed, and an engine started with it runs the promoted version" + NL +
            "model promote: btc: version (none) -> 1 (" + registry.resolve("btc/PROMOTED") + ")" + NL, run.out());
    }

    private void version(final Path registry, final long version, final String buyAbove) throws IOException
    {
        final Path bundle = Files.createDirectories(registry.resolve("btc").resolve(Long.toString(version)));
        Files.copy(DEMO_BUNDLE.resolve("model.onnx"), bundle.resolve("model.onnx"));
        Files.writeString(bundle.resolve("model.yaml"), Files.readString(DEMO_BUNDLE.resolve("model.yaml"))
            .replace("name: \"demo-btc\"", "name: \"btc\"").replace("version: 1", "version: " + version)
            .replace("buyAbove: 0.621", "buyAbove: " + buyAbove));
    }
}
