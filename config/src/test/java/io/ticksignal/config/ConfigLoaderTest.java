package io.ticksignal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest
{
    private static final Path TEMP = Path.of("/test-tmp");

    private final ConfigLoader loader = new ConfigLoader(TEMP);

    @Test
    void shouldLoadDemoConfig()
    {
        final TicksignalConfig config = loader.loadDemo();

        assertEquals(new EngineConfig("ticksignal-demo", 4096, IdleStrategyKind.BACKOFF, IdleStrategyKind.BACKOFF),
            config.engine());
        assertEquals(List.of(
            new InstrumentConfig(0, "BTC-USD", 2, 8, Optional.of("bitstamp")),
            new InstrumentConfig(1, "AAPL", 2, 0, Optional.of("nasdaq"))), config.instruments());
        assertEquals(new AeronConfig(
            AeronDriverMode.EMBEDDED,
            Path.of("/test-tmp/ticksignal/ticksignal-demo/aeron"),
            new AeronStreamConfig("aeron:ipc", 1001),
            new AeronStreamConfig("aeron:ipc", 1002)), config.aeron());
        assertEquals(new JournalConfig(
            JournalMode.ENABLED, Path.of("/test-tmp/ticksignal/ticksignal-demo/journal"), RollCycleKind.FAST_DAILY),
            config.journal());
        assertEquals(List.of("sma(20)", "rsi(14)", "rsi(14)@1m", "macd(12,26,9).signal@5m", "bbands(20,2).upper@1m",
            "atr(14)@1m"), config.features().stream().map(FeatureExpression::expression).toList());
        assertEquals(ModelConfig.ofRule(new RuleConfig(FeatureExpression.parse("rsi(14)"), 60.0, 40.0)),
            config.model());
        assertEquals(new DecisionConfig(0.5, 0, EmitMode.ON_CHANGE), config.decision());
        assertEquals(new CountersConfig(Path.of("/test-tmp/ticksignal/ticksignal-demo/counters.dat")),
            config.counters());
    }

    @Test
    void shouldLoadSameDemoConfigFromModuleDirectoryAsFromClasspath()
    {
        // surefire runs in the module directory, where users see the file as config/demo.yaml
        final ConfigCheckResult result = loader.check(Path.of("demo.yaml"));

        assertEquals("ok", result.report());
        assertEquals(loader.loadDemo(), result.orThrow());
    }

    @Test
    void shouldLoadEveryValueOfFullFile()
    {
        final TicksignalConfig config = loader.loadString("""
            engine:
              name: prod-1
              ringSize: 65536
              ingressIdleStrategy: busy-spin
              pipelineIdleStrategy: yielding
            instruments:
              - id: 7
                symbol: ETH-USD
                priceScale: 2
                sizeScale: 6
            aeron:
              driverMode: external
              driverDirectory: /dev/shm/aeron-prod
              marketData:
                channel: aeron:udp?endpoint=localhost:40123
                streamId: 10
              signals:
                channel: aeron:udp?endpoint=localhost:40124
                streamId: 10
            journal:
              mode: disabled
              directory: data/journal
              rollCycle: FIVE_MINUTELY
            features:
              - microprice
              - kyle_lambda(200)@1s
            model:
              bundle: config/models/prod
            decision:
              minConfidence: 0.75
              minHoldEvents: 25
              emitMode: EVERY_DECISION
              signalExpiryEvents: 600
            counters:
              file: /var/run/ticksignal/counters.dat
            """, "full.yaml");

        assertEquals(new EngineConfig("prod-1", 65536, IdleStrategyKind.BUSY_SPIN, IdleStrategyKind.YIELDING),
            config.engine());
        assertEquals(List.of(new InstrumentConfig(7, "ETH-USD", 2, 6, Optional.empty())), config.instruments());
        assertEquals(new AeronConfig(
            AeronDriverMode.EXTERNAL,
            Path.of("/dev/shm/aeron-prod"),
            new AeronStreamConfig("aeron:udp?endpoint=localhost:40123", 10),
            new AeronStreamConfig("aeron:udp?endpoint=localhost:40124", 10)), config.aeron());
        assertEquals(new JournalConfig(JournalMode.DISABLED, Path.of("data/journal"), RollCycleKind.FIVE_MINUTELY),
            config.journal());
        assertEquals(List.of(
            new FeatureExpression("microprice", List.of(), Optional.empty(), Timeframe.TICK),
            new FeatureExpression("kyle_lambda", List.of("200"), Optional.empty(), Timeframe.ONE_SECOND)),
            config.features());
        assertEquals(ModelConfig.ofBundle(Path.of("config/models/prod")), config.model());
        assertEquals(ModelKind.BUNDLE, config.model().kind());
        assertEquals(new DecisionConfig(0.75, 25, EmitMode.EVERY_DECISION, 600), config.decision());
        assertEquals(new CountersConfig(Path.of("/var/run/ticksignal/counters.dat")), config.counters());
        assertEquals(Optional.of(config.instruments().get(0)), config.instrument("ETH-USD"));
        assertEquals(Optional.empty(), config.instrument("BTC-USD"));
    }

    @Test
    void shouldFillDefaultsForOmittedKeys()
    {
        final TicksignalConfig config = loader.loadString("""
            instruments:
              - id: 0
                symbol: BTC-USD
                priceScale: 2
                sizeScale: 8
            model:
              bundle: models/demo
            engine:
              ringSize:
            aeron:
              marketData:
                streamId: 5
            """, "minimal.yaml");

        assertEquals(new EngineConfig(ConfigDefaults.ENGINE_NAME, ConfigDefaults.RING_SIZE,
            ConfigDefaults.INGRESS_IDLE_STRATEGY, ConfigDefaults.PIPELINE_IDLE_STRATEGY), config.engine());
        assertEquals(new EngineConfig("ticksignal", 4096, IdleStrategyKind.BACKOFF, IdleStrategyKind.BACKOFF),
            config.engine());
        assertEquals(new AeronConfig(
            AeronDriverMode.EMBEDDED,
            Path.of("/test-tmp/ticksignal/ticksignal/aeron"),
            new AeronStreamConfig("aeron:ipc", 5),
            new AeronStreamConfig("aeron:ipc", 1002)), config.aeron());
        assertEquals(new JournalConfig(
            JournalMode.ENABLED, Path.of("/test-tmp/ticksignal/ticksignal/journal"), RollCycleKind.FAST_DAILY),
            config.journal());
        assertEquals(List.of(), config.features());
        assertEquals(new DecisionConfig(0.5, 0, EmitMode.ON_CHANGE), config.decision());
        assertEquals(new CountersConfig(Path.of("/test-tmp/ticksignal/ticksignal/counters.dat")), config.counters());
    }

    @Test
    void shouldMatchChoicesIgnoringCaseAndSeparators()
    {
        final TicksignalConfig config = loader.loadString("""
            engine:
              ingressIdleStrategy: BUSY_SPIN
              pipelineIdleStrategy: Sleeping
            instruments: [{id: 0, symbol: X, priceScale: 0, sizeScale: 0}]
            journal:
              rollCycle: fast-hourly
            model: {bundle: m}
            decision:
              emitMode: every-decision
            """, "choices.yaml");

        assertEquals(IdleStrategyKind.BUSY_SPIN, config.engine().ingressIdleStrategy());
        assertEquals(IdleStrategyKind.SLEEPING, config.engine().pipelineIdleStrategy());
        assertEquals(RollCycleKind.FAST_HOURLY, config.journal().rollCycle());
        assertEquals(EmitMode.EVERY_DECISION, config.decision().emitMode());
    }

    @Test
    void shouldLoadFileAndReportOkFromCheck(@TempDir final Path directory) throws IOException
    {
        final Path file = directory.resolve("engine.yaml");
        Files.writeString(file, "instruments: [{id: 3, symbol: AAPL, priceScale: 2, sizeScale: 0}]\nmodel: {bundle: m}\n");

        final ConfigCheckResult result = loader.check(file);

        assertTrue(result.isOk());
        assertEquals("ok", result.report());
        assertEquals(List.of(), result.errors());
        assertEquals(3, result.orThrow().instruments().get(0).id());
        assertEquals(result.orThrow(), loader.load(file));
    }

    @Test
    void shouldReportFileThatCannotBeRead(@TempDir final Path directory)
    {
        final Path file = directory.resolve("missing.yaml");

        final ConfigCheckResult result = loader.check(file);

        assertFalse(result.isOk());
        assertEquals(1, result.errors().size());
        final ConfigError error = result.errors().get(0);
        assertEquals("", error.path());
        assertEquals(file.toString(), error.source());
        assertEquals(0, error.line());
        assertEquals("cannot read the file: no such file", error.message());
        assertEquals(file + ": 1 configuration error\n  " + file + ": cannot read the file: no such file",
            result.report());
    }

    @Test
    void shouldReportFileThatIsNotUtf8(@TempDir final Path directory) throws IOException
    {
        final Path file = directory.resolve("latin1.yaml");
        Files.write(file, new byte[]{'a', ':', ' ', (byte)0xE9, '\n'});

        assertEquals(List.of(new ConfigError("", file.toString(), 0, 0, "the file is not UTF-8 text")),
            loader.check(file).errors());
    }

    @Test
    void shouldReportMissingClasspathResource()
    {
        final ConfigCheckResult result = loader.checkResource("io/ticksignal/config/none.yaml");

        assertEquals(List.of(new ConfigError(
            "", "classpath:io/ticksignal/config/none.yaml", 0, 0, "no such resource on the classpath")),
            result.errors());
    }

    @Test
    void shouldPutDefaultPathsUnderOsTempDirectoryByDefault()
    {
        final TicksignalConfig config = new ConfigLoader().loadDemo();

        assertEquals(ConfigDefaults.osTempDirectory().resolve("ticksignal/ticksignal-demo/journal"),
            config.journal().directory());
    }
}
