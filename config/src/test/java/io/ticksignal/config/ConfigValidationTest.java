package io.ticksignal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ConfigValidationTest
{
    private static final String SOURCE = "test.yaml";
    /** A valid instruments + model block, 7 lines, for tests that break other sections. */
    private static final String VALID_BASE = """
        instruments:
          - id: 0
            symbol: BTC-USD
            priceScale: 2
            sizeScale: 8
        model:
          bundle: models/demo
        """;

    private final ConfigLoader loader = new ConfigLoader(Path.of("/test-tmp"));

    private List<ConfigError> errorsOf(final String yaml)
    {
        return loader.checkString(yaml, SOURCE).errors();
    }

    private ConfigError onlyErrorOf(final String yaml)
    {
        final List<ConfigError> errors = errorsOf(yaml);
        assertEquals(1, errors.size(), () -> "expected exactly one error, got " + errors);
        return errors.get(0);
    }

    private static void assertError(
        final ConfigError error, final String path, final int line, final int column, final String message)
    {
        assertEquals(new ConfigError(path, SOURCE, line, column, message), error);
    }

    @Test
    void shouldReportMissingKeyWithPath()
    {
        final ConfigError error = onlyErrorOf("""
            instruments:
              - id: 0
                symbol: BTC-USD
                priceScale: 2
                sizeScale: 8
              - id: 1
                symbol: AAPL
                sizeScale: 0
            model:
              bundle: models/demo
            """);

        assertError(error, "instruments[1].priceScale", 6, 5,
            "missing required key 'priceScale' (a whole number: decimal places of prices, between 0 and 18)");
    }

    @Test
    void shouldReportMissingRequiredSectionsAtTopOfFile()
    {
        final List<ConfigError> errors = errorsOf("engine:\n  name: x\n");

        assertEquals(2, errors.size());
        assertError(errors.get(0), "instruments", 1, 1, "missing required key 'instruments' (a list of " +
            "instruments, each a map with id, symbol, priceScale, sizeScale and optionally venue)");
        assertError(errors.get(1), "model", 1, 1, "missing required key 'model' (either 'bundle: DIR' " +
            "(a model bundle directory), 'registry: DIR' with 'name: NAME' (a model registry), or 'rule:' with " +
            "feature, buyAbove and sellBelow)");
    }

    @Test
    void shouldReportStringWhereNumberIsExpected()
    {
        final ConfigError error = onlyErrorOf(VALID_BASE + "engine:\n  ringSize: large\n");

        assertError(error, "engine.ringSize", 9, 13, "expected a whole number (a power of two between 64 and " +
            "16777216); got the string \"large\"");
    }

    @Test
    void shouldHintToUnquoteQuotedNumber()
    {
        final ConfigError error = onlyErrorOf(VALID_BASE + "engine:\n  ringSize: \"4096\"\n");

        assertError(error, "engine.ringSize", 9, 13, "expected a whole number (a power of two between 64 and " +
            "16777216); got the string \"4096\" (write the number without quotes)");
    }

    @Test
    void shouldReportListWhereMapIsExpected()
    {
        final ConfigError error = onlyErrorOf(VALID_BASE + "engine:\n  - name: x\n");

        assertError(error, "engine", 9, 3, "expected a map with the keys name, ringSize, ingressIdleStrategy, " +
            "pipelineIdleStrategy; got a list");
    }

    @Test
    void shouldReportMapWhereListIsExpected()
    {
        final ConfigError error = onlyErrorOf("instruments:\n  id: 0\nmodel: {bundle: m}\n");

        assertError(error, "instruments", 2, 3, "expected a list of instruments, each a map with id, " +
            "symbol, priceScale, sizeScale and optionally venue; got a map");
    }

    @Test
    void shouldRejectRingSizeThatIsNotPowerOfTwo()
    {
        final ConfigError error = onlyErrorOf(VALID_BASE + "engine:\n  ringSize: 1000\n");

        assertError(error, "engine.ringSize", 9, 13,
            "1000 is not allowed: must be a power of two between 64 and 16777216; try 1024");
    }

    @Test
    void shouldSuggestNearestAllowedRingSizeWhenOutOfRange()
    {
        assertEquals("32 is not allowed: must be a power of two between 64 and 16777216; try 64",
            onlyErrorOf(VALID_BASE + "engine:\n  ringSize: 32\n").message());
        assertEquals("33554432 is not allowed: must be a power of two between 64 and 16777216; try 16777216",
            onlyErrorOf(VALID_BASE + "engine:\n  ringSize: 33554432\n").message());
        assertEquals("1600 is not allowed: must be a power of two between 64 and 16777216; try 2048",
            onlyErrorOf(VALID_BASE + "engine:\n  ringSize: 1600\n").message());
    }

    @Test
    void shouldRejectNegativeScale()
    {
        final ConfigError error = onlyErrorOf("""
            instruments:
              - id: 0
                symbol: BTC-USD
                priceScale: -2
                sizeScale: 8
            model: {bundle: m}
            """);

        assertError(error, "instruments[0].priceScale", 4, 17, "-2 is not allowed: must be between 0 and 18 " +
            "(decimal places of prices; fixed-point values are longs, so at most 18)");
    }

    @Test
    void shouldRejectStreamIdOutOfRange()
    {
        final List<ConfigError> errors = errorsOf(VALID_BASE + """
            aeron:
              marketData:
                streamId: 3000000000
              signals:
                streamId: 0
            """);

        assertEquals(2, errors.size());
        assertError(errors.get(0), "aeron.marketData.streamId", 10, 15,
            "3000000000 is not allowed: must be between 1 and 2147483647");
        assertError(errors.get(1), "aeron.signals.streamId", 12, 15, "0 is not allowed: must be between 1 and 2147483647");
    }

    @Test
    void shouldRejectSignalStreamEqualToMarketDataStream()
    {
        final ConfigError error = onlyErrorOf(VALID_BASE + """
            aeron:
              marketData:
                streamId: 1002
            """);

        assertError(error, "aeron.signals.streamId", 8, 1, "the signal stream is the market-data stream " +
            "(aeron:ipc stream 1002), so the engine would read its own signals; use another streamId");
    }

    @Test
    void shouldRejectChannelThatIsNotAnAeronUri()
    {
        final List<ConfigError> errors = errorsOf(VALID_BASE + """
            aeron:
              marketData:
                channel: tcp://localhost:9000
              signals:
                channel: aeron:udp
            """);

        assertEquals(2, errors.size());
        assertError(errors.get(0), "aeron.marketData.channel", 10, 14, "'tcp://localhost:9000' is not allowed: " +
            "must be an Aeron channel URI such as aeron:ipc or aeron:udp?endpoint=localhost:40123");
        assertError(errors.get(1), "aeron.signals.channel", 12, 14, "'aeron:udp' is not allowed: an aeron:udp " +
            "channel needs endpoint=host:port (or control=host:port), e.g. aeron:udp?endpoint=localhost:40123");
    }

    @Test
    void shouldRequireDriverDirectoryForExternalDriver()
    {
        final ConfigError error = onlyErrorOf(VALID_BASE + "aeron:\n  driverMode: external\n");

        assertError(error, "aeron.driverDirectory", 8, 1, "missing required key 'driverDirectory' (the running " +
            "media driver's directory, e.g. /dev/shm/aeron; required when driverMode is external)");
    }

    @Test
    void shouldRejectDuplicateInstrumentIdAndSymbol()
    {
        final List<ConfigError> errors = errorsOf("""
            instruments:
              - id: 0
                symbol: BTC-USD
                priceScale: 2
                sizeScale: 8
              - id: 0
                symbol: BTC-USD
                priceScale: 2
                sizeScale: 8
            model:
              bundle: models/demo
            """);

        assertEquals(2, errors.size());
        assertError(errors.get(0), "instruments[1].id", 6, 9,
            "duplicate id 0: instruments[0].id already has it; ids must be unique");
        assertError(errors.get(1), "instruments[1].symbol", 7, 13,
            "duplicate symbol BTC-USD: instruments[0].symbol already has it; symbols must be unique");
    }

    @Test
    void shouldRejectInstrumentIdOutOfRangeAndSymbolWithSpaces()
    {
        final List<ConfigError> errors = errorsOf("""
            instruments:
              - {id: 70000, symbol: "BTC USD", priceScale: 2, sizeScale: 8}
            model: {bundle: m}
            """);

        assertEquals(2, errors.size());
        assertError(errors.get(0), "instruments[0].id", 2, 10, "70000 is not allowed: must be between 0 and 65535, " +
            "unique (ids index per-instrument arrays, so keep them small and dense)");
        assertError(errors.get(1), "instruments[0].symbol", 2, 25,
            "'BTC USD' is not allowed: must be 1 to 32 characters without spaces, unique");
    }

    @Test
    void shouldRejectEmptyInstrumentList()
    {
        final ConfigError error = onlyErrorOf("instruments: []\nmodel: {bundle: m}\n");

        assertError(error, "instruments", 1, 14, "the list is empty; configure at least one instrument (a list of " +
            "instruments, each a map with id, symbol, priceScale, sizeScale and optionally venue)");
    }

    @Test
    void shouldSuggestClosestKeyForUnknownKey()
    {
        final ConfigError error = onlyErrorOf(VALID_BASE + "engine:\n  ringsize: 1024\n");

        assertError(error, "engine.ringsize", 9, 3, "unknown key 'ringsize'; did you mean 'ringSize'? " +
            "allowed keys: name, ringSize, ingressIdleStrategy, pipelineIdleStrategy");
    }

    @Test
    void shouldSuggestClosestSectionForUnknownTopLevelKey()
    {
        final ConfigError error = onlyErrorOf(VALID_BASE + "jurnal:\n  mode: enabled\n");

        assertError(error, "jurnal", 8, 1, "unknown key 'jurnal'; did you mean 'journal'? allowed keys: engine, " +
            "instruments, aeron, journal, features, model, decision, counters, monitoring");
    }

    @Test
    void shouldListAllowedKeysWhenNoKeyIsClose()
    {
        final ConfigError error = onlyErrorOf(VALID_BASE + "decision:\n  threshold: 3\n");

        assertError(error, "decision.threshold", 9, 3,
            "unknown key 'threshold'; allowed keys: minConfidence, minHoldEvents, emitMode, signalExpiryEvents");
    }

    @Test
    void shouldListAllowedValuesForUnknownEnumValue()
    {
        final List<ConfigError> errors = errorsOf(VALID_BASE + """
            engine:
              ingressIdleStrategy: backof
              pipelineIdleStrategy: blocking
            journal:
              rollCycle: WEEKLY
            """);

        assertEquals(3, errors.size());
        assertError(errors.get(0), "engine.ingressIdleStrategy", 9, 24, "'backof' is not an idle strategy; " +
            "did you mean 'backoff'? allowed: busy-spin, yielding, backoff, sleeping");
        assertError(errors.get(1), "engine.pipelineIdleStrategy", 10, 25,
            "'blocking' is not an idle strategy; allowed: busy-spin, yielding, backoff, sleeping");
        assertError(errors.get(2), "journal.rollCycle", 12, 14, "'WEEKLY' is not a roll cycle; allowed: " +
            "FIVE_MINUTELY, TEN_MINUTELY, TWENTY_MINUTELY, HALF_HOURLY, FAST_HOURLY, TWO_HOURLY, FOUR_HOURLY, " +
            "SIX_HOURLY, FAST_DAILY, HOURLY, DAILY");
    }

    @Test
    void shouldReportEmptyFile()
    {
        final ConfigError error = onlyErrorOf("");

        assertError(error, "", 1, 1, "the file is empty; it needs at least the 'instruments' and 'model' sections");
    }

    @Test
    void shouldReportFileWithOnlyCommentsAsEmpty()
    {
        final ConfigError error = onlyErrorOf("# nothing here\n\n# at all\n");

        assertEquals("the file is empty; it needs at least the 'instruments' and 'model' sections", error.message());
    }

    @Test
    void shouldReportYamlSyntaxErrorWithLineAndColumn()
    {
        final ConfigError error = onlyErrorOf("engine:\n  name: x\n   ringSize: 64\n");

        assertError(error, "", 3, 12, "YAML syntax error: mapping values are not allowed here");
    }

    @Test
    void shouldReportUnclosedFlowListAsSyntaxError()
    {
        final ConfigError error = onlyErrorOf("features: [sma(20)\nmodel: {bundle: m}\n");

        assertEquals(2, error.line());
        assertEquals("YAML syntax error: while parsing a flow sequence; expected ',' or ']', but got :",
            error.message());
    }

    @Test
    void shouldReportTabIndentationAsSyntaxError()
    {
        final ConfigError error = onlyErrorOf("engine:\n\tname: x\n");

        assertEquals(2, error.line());
        assertEquals("YAML syntax error: while scanning for the next token; found character '\\t(TAB)' that " +
            "cannot start any token. (Do not use \\t(TAB) for indentation)", error.message());
    }

    @Test
    void shouldReportDuplicateKey()
    {
        final ConfigError error = onlyErrorOf(VALID_BASE + "engine:\n  ringSize: 64\n  ringSize: 128\n");

        assertError(error, "engine.ringSize", 10, 3,
            "duplicate key; 'ringSize' is already set on line 9 (YAML keeps only one of them, so remove one)");
    }

    @Test
    void shouldRejectTopLevelThatIsNotMap()
    {
        final ConfigError error = onlyErrorOf("- engine\n- model\n");

        assertError(error, "", 1, 1, "expected a map of sections (engine, instruments, aeron, journal, features, " +
            "model, decision, counters, monitoring); got a list");
    }

    @Test
    void shouldRejectSecondYamlDocument()
    {
        final ConfigError error = onlyErrorOf(VALID_BASE + "---\nengine: {}\n");

        assertError(error, "", 9, 1, "a second YAML document starts here ('---'); a config file holds exactly one");
    }

    @Test
    void shouldRejectMalformedFeatureExpressions()
    {
        final List<ConfigError> errors = errorsOf(VALID_BASE + """
            features:
              - sma(20)
              - rsi(14)@2m
              - SMA(20)
              - bbands(20,x).upper
              - sma()
              - sma(20)@tick
              - [1, 2]
            """);

        assertEquals(6, errors.size());
        assertError(errors.get(0), "features[1]", 10, 5,
            "'rsi(14)@2m' has an unknown timeframe '2m'; allowed: tick, 1s, 1m, 5m, 15m, 1h, 1d");
        assertError(errors.get(1), "features[2]", 11, 5, "'SMA(20)' is not a feature expression (names are lower " +
            "case); expected name(args).output@timeframe, e.g. sma(20), rsi(14)@1m, macd(12,26,9).signal@5m");
        assertError(errors.get(2), "features[3]", 12, 5, "'bbands(20,x).upper' has argument 'x', which is not a " +
            "number; arguments are numbers such as 20 or 2.5");
        assertError(errors.get(3), "features[4]", 13, 5,
            "'sma()' has an empty argument list; drop the parentheses or give arguments, e.g. sma(20)");
        assertError(errors.get(4), "features[5]", 14, 5, "'sma(20)@tick' is listed twice (first as features[0]); remove one");
        assertError(errors.get(5), "features[6]", 15, 5, "expected a feature expression such as sma(20), " +
            "rsi(14)@1m or macd(12,26,9).signal@5m; got a list");
    }

    @Test
    void shouldRejectRuleFeatureThatIsNotConfigured()
    {
        final ConfigError error = onlyErrorOf("""
            instruments: [{id: 0, symbol: X, priceScale: 2, sizeScale: 0}]
            features:
              - rsi(14)
            model:
              rule:
                feature: rsi(14)@1m
                buyAbove: 60
                sellBelow: 40
            """);

        assertError(error, "model.rule.feature", 6, 14, "'rsi(14)@1m' is not in the features list; add it there");
    }

    @Test
    void shouldRejectSellThresholdAboveBuyThreshold()
    {
        final ConfigError error = onlyErrorOf("""
            instruments: [{id: 0, symbol: X, priceScale: 2, sizeScale: 0}]
            features: [rsi]
            model:
              rule: {feature: rsi, buyAbove: 40, sellBelow: 60.5}
            """);

        assertError(error, "model.rule.sellBelow", 4, 49, "60.5 is not allowed: must be at most buyAbove (40.0), " +
            "or a value between them would mean both BUY and SELL");
    }

    @Test
    void shouldReportMissingRuleThresholds()
    {
        final List<ConfigError> errors = errorsOf("""
            instruments: [{id: 0, symbol: X, priceScale: 2, sizeScale: 0}]
            features: [rsi]
            model:
              rule:
                feature: rsi
            """);

        assertEquals(2, errors.size());
        assertError(errors.get(0), "model.rule.buyAbove", 4, 3,
            "missing required key 'buyAbove' (a number: BUY while the feature is above it)");
        assertError(errors.get(1), "model.rule.sellBelow", 4, 3,
            "missing required key 'sellBelow' (a number: SELL while the feature is below it; at most buyAbove)");
    }

    @Test
    void shouldRejectModelWithBothBundleAndRule()
    {
        final ConfigError error = onlyErrorOf("""
            instruments: [{id: 0, symbol: X, priceScale: 2, sizeScale: 0}]
            model:
              bundle: models/demo
              rule: {feature: rsi, buyAbove: 60, sellBelow: 40}
            """);

        assertError(error, "model.rule", 4, 9, "give either 'bundle' or 'rule', not both");
    }

    @Test
    void shouldReadARegistryModel()
    {
        final ConfigCheckResult result = loader.checkString("""
            instruments: [{id: 0, symbol: X, priceScale: 2, sizeScale: 0}]
            model:
              registry: /srv/models
              name: btc-direction
            """, SOURCE);

        assertEquals(List.of(), result.errors());
        final ModelConfig model = result.config().orElseThrow().model();
        assertEquals(ModelKind.REGISTRY, model.kind());
        assertEquals(new ModelRegistryConfig(Path.of("/srv/models"), "btc-direction"), model.registry().orElseThrow());
        assertEquals(Optional.empty(), model.bundleDirectory());
    }

    @Test
    void shouldRequireTheNameOfARegistryModel()
    {
        final ConfigError error = onlyErrorOf("""
            instruments: [{id: 0, symbol: X, priceScale: 2, sizeScale: 0}]
            model:
              registry: /srv/models
            """);

        assertError(error, "model.name", 2, 1, "missing required key 'name' (the model's name in the registry: " +
            "a directory under it, of letters, digits, '.', '_' and '-')");
    }

    @Test
    void shouldRejectARegistryModelNameThatIsAPath()
    {
        final ConfigError error = onlyErrorOf("""
            instruments: [{id: 0, symbol: X, priceScale: 2, sizeScale: 0}]
            model:
              registry: /srv/models
              name: ../other
            """);

        assertError(error, "model.name", 4, 9, "'../other' is not a model name: use letters, digits, '.', '_' " +
            "and '-' (not starting with '.'), as the model's directory in the registry is named");
    }

    @Test
    void shouldRejectRegistryTogetherWithBundle()
    {
        final ConfigError error = onlyErrorOf("""
            instruments: [{id: 0, symbol: X, priceScale: 2, sizeScale: 0}]
            model:
              bundle: models/demo
              registry: /srv/models
              name: btc
            """);

        assertError(error, "model.registry", 4, 13,
            "give one of 'bundle', 'registry' (with 'name') and 'rule', not 'bundle' and 'registry' together");
    }

    @Test
    void shouldRejectANameWithoutARegistry()
    {
        final ConfigError error = onlyErrorOf("""
            instruments: [{id: 0, symbol: X, priceScale: 2, sizeScale: 0}]
            model:
              bundle: models/demo
              name: btc
            """);

        assertError(error, "model.name", 4, 9,
            "'name' names a model in a registry; give 'registry: DIR' with it, or remove it");
    }

    @Test
    void shouldRejectDecisionValuesOutOfRange()
    {
        final List<ConfigError> errors = errorsOf(VALID_BASE + """
            decision:
              minConfidence: 1.5
              minHoldEvents: -1
              signalExpiryEvents: -5
            """);

        assertEquals(3, errors.size());
        assertError(errors.get(0), "decision.minConfidence", 9, 18, "1.5 is not allowed: must be between 0 and 1");
        assertError(errors.get(1), "decision.minHoldEvents", 10, 18, "-1 is not allowed: must be 0 or more events");
        assertError(errors.get(2), "decision.signalExpiryEvents", 11, 23,
            "-5 is not allowed: must be 0 (never) or more events");
    }

    @Test
    void shouldRejectNumberThatIsNotFinite()
    {
        final ConfigError error = onlyErrorOf(VALID_BASE + "decision:\n  minConfidence: .nan\n");

        assertError(error, "decision.minConfidence", 9, 18,
            ".nan is not allowed: expected a finite number, between 0 and 1");
    }

    @Test
    void shouldRejectEngineNameThatCannotNameDirectory()
    {
        final ConfigError error = onlyErrorOf(VALID_BASE + "engine:\n  name: ../etc\n");

        assertError(error, "engine.name", 9, 9, "'../etc' is not allowed: must be 1 to 64 letters, digits, '.', " +
            "'_' or '-', starting with a letter or digit (it names directories)");
    }

    @Test
    void shouldReportAllErrorsTogether()
    {
        final String yaml = """
            engine:
              ringSize: 1000
              idleStrategy: backoff
            instruments:
              - id: 0
                symbol: BTC-USD
                sizeScale: 8
            model:
              bundle: models/demo
            """;

        final ConfigException ex = assertThrows(ConfigException.class, () -> loader.loadString(yaml, SOURCE));

        assertEquals(3, ex.errors().size());
        assertEquals("""
            test.yaml: 3 configuration errors
              test.yaml:2:13: engine.ringSize: 1000 is not allowed: must be a power of two between 64 and 16777216; try 1024
              test.yaml:3:3: engine.idleStrategy: unknown key 'idleStrategy'; allowed keys: name, ringSize, ingressIdleStrategy, pipelineIdleStrategy
              test.yaml:5:5: instruments[0].priceScale: missing required key 'priceScale' (a whole number: decimal places of prices, between 0 and 18)""",
            ex.getMessage());
        assertEquals(ex.getMessage(), loader.checkString(yaml, SOURCE).report());
    }
}
