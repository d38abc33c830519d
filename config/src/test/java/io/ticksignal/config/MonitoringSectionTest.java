package io.ticksignal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class MonitoringSectionTest
{
    private static final String SOURCE = "test.yaml";
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

    @Test
    void shouldDefaultEveryKeyWhenTheSectionIsOmitted()
    {
        final TicksignalConfig config = loader.loadString(VALID_BASE, SOURCE);
        assertEquals(new MonitoringConfig(MonitoringMode.ENABLED, 500, 0.2, 500, 0.5, 100), config.monitoring());
        assertEquals(MonitoringConfig.DEFAULT, config.monitoring());
    }

    @Test
    void shouldReadEveryKey()
    {
        final TicksignalConfig config = loader.loadString(VALID_BASE + """
            monitoring:
              enabled: false
              window: 250
              psiAlert: 0.1
              accuracyWindow: 80
              accuracyFloor: 0.55
              minLabels: 20
            """, SOURCE);
        assertEquals(new MonitoringConfig(MonitoringMode.DISABLED, 250, 0.1, 80, 0.55, 20), config.monitoring());
    }

    @Test
    void shouldCapTheDefaultMinLabelsAtASmallAccuracyWindow()
    {
        final TicksignalConfig config = loader.loadString(VALID_BASE + "monitoring:\n  accuracyWindow: 30\n", SOURCE);
        assertEquals(30, config.monitoring().minLabels());
    }

    @Test
    void shouldRejectBadValuesWithTheirKeyPaths()
    {
        final List<ConfigError> errors = loader.checkString(VALID_BASE + """
            monitoring:
              enabled: yes please
              window: 5
              psiAlert: 0
              accuracyWindow: 100
              accuracyFloor: 1.5
              minLabels: 101
              minLabel: 3
            """, SOURCE).errors();
        assertEquals(List.of(
            new ConfigError("monitoring.enabled", SOURCE, 9, 12,
                "the string \"yes please\" is not allowed: must be true or false"),
            new ConfigError("monitoring.window", SOURCE, 10, 11,
                "5 is not allowed: must be 10..1000000 decision points"),
            new ConfigError("monitoring.psiAlert", SOURCE, 11, 13,
                "0.0 is not allowed: must be a PSI above 0, e.g. 0.2"),
            new ConfigError("monitoring.accuracyFloor", SOURCE, 13, 18,
                "1.5 is not allowed: must be an accuracy between 0 and 1"),
            new ConfigError("monitoring.minLabels", SOURCE, 14, 14,
                "101 is not allowed: must be 1..accuracyWindow matured labels (accuracyWindow is 100)"),
            new ConfigError("monitoring.minLabel", SOURCE, 15, 3,
                "unknown key 'minLabel'; did you mean 'minLabels'? allowed keys: enabled, window, psiAlert, " +
                "accuracyWindow, accuracyFloor, minLabels")), errors);
    }
}
