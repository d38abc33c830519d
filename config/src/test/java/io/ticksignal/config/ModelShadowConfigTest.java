package io.ticksignal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * {@code model.shadow}: an optional second bundle directory beside a bundle or the rule.
 */
class ModelShadowConfigTest
{
    private static final String INSTRUMENTS = """
        instruments:
          - id: 0
            symbol: BTC-USD
            priceScale: 2
            sizeScale: 8
        """;

    private final ConfigLoader loader = new ConfigLoader(Path.of("/test-tmp"));

    @Test
    void shouldReadTheShadowBundleDirectoryBesideABundle()
    {
        final TicksignalConfig config = loader.loadString(INSTRUMENTS + """
            model:
              bundle: models/live
              shadow: models/challenger
            """, "test.yaml");

        assertEquals(ModelKind.BUNDLE, config.model().kind());
        assertEquals(Optional.of(Path.of("models/live")), config.model().bundleDirectory());
        assertEquals(Optional.of(Path.of("models/challenger")), config.model().shadowDirectory());
    }

    @Test
    void shouldReadTheShadowBesideTheRuleAndDefaultToNone()
    {
        final TicksignalConfig withShadow = loader.loadString(INSTRUMENTS + """
            features: [rsi(14)]
            model:
              shadow: models/challenger
              rule: {feature: rsi(14), buyAbove: 60, sellBelow: 40}
            """, "test.yaml");
        final TicksignalConfig without = loader.loadString(INSTRUMENTS + "model:\n  bundle: models/live\n",
            "test.yaml");

        assertEquals(ModelKind.RULE, withShadow.model().kind());
        assertEquals(Optional.of(Path.of("models/challenger")), withShadow.model().shadowDirectory());
        assertEquals(Optional.empty(), without.model().shadowDirectory());
    }

    @Test
    void shouldRejectAShadowThatIsNotADirectoryNameWithItsKeyPath()
    {
        final List<ConfigError> errors = loader.checkString(INSTRUMENTS + """
            model:
              bundle: models/live
              shadow: [a, b]
            """, "test.yaml").errors();

        assertEquals(1, errors.size(), errors::toString);
        assertEquals("model.shadow", errors.get(0).path());
        assertEquals(8, errors.get(0).line());
        assertTrue(errors.get(0).message().contains("a model bundle directory scored in shadow"),
            errors.get(0).message());
    }

    @Test
    void shouldSuggestShadowForAMisspeltKey()
    {
        final List<ConfigError> errors = loader.checkString(INSTRUMENTS + """
            model:
              bundle: models/live
              shadw: models/challenger
            """, "test.yaml").errors();

        assertEquals(1, errors.size(), errors::toString);
        assertEquals("model.shadw", errors.get(0).path());
        assertTrue(errors.get(0).message().contains("did you mean 'shadow'?"), errors.get(0).message());
    }
}
