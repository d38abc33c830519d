package io.ticksignal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FeatureExpressionTest
{
    @Test
    void shouldParseNameArgumentsOutputAndTimeframe()
    {
        final FeatureExpression feature = FeatureExpression.parse("macd(12,26,9).signal@5m");

        assertEquals("macd", feature.name());
        assertEquals(List.of("12", "26", "9"), feature.arguments());
        assertEquals(Optional.of("signal"), feature.output());
        assertEquals(Timeframe.FIVE_MINUTES, feature.timeframe());
        assertEquals(300_000_000_000L, feature.timeframe().lengthNs());
        assertEquals("macd(12,26,9).signal@5m", feature.expression());
    }

    @Test
    void shouldParseBareNameAsTickFeature()
    {
        assertEquals(new FeatureExpression("microprice", List.of(), Optional.empty(), Timeframe.TICK),
            FeatureExpression.parse("microprice"));
    }

    @Test
    void shouldParseDecimalAndNegativeArguments()
    {
        assertEquals(List.of("20", "2.5", "-1"), FeatureExpression.parse("bbands(20,2.5,-1).upper@1d").arguments());
    }

    @Test
    void shouldCanonicaliseSpacesAndExplicitTickTimeframe()
    {
        final FeatureExpression spaced = FeatureExpression.parse("  macd(12, 26, 9)@tick ");

        assertEquals("macd(12,26,9)", spaced.expression());
        assertEquals(FeatureExpression.parse("macd(12,26,9)"), spaced);
    }

    @Test
    void shouldKnowEveryTimeframe()
    {
        assertEquals(List.of(Timeframe.TICK, Timeframe.ONE_SECOND, Timeframe.ONE_MINUTE, Timeframe.FIVE_MINUTES,
            Timeframe.FIFTEEN_MINUTES, Timeframe.ONE_HOUR, Timeframe.ONE_DAY),
            List.of("tick", "1s", "1m", "5m", "15m", "1h", "1d").stream()
                .map(text -> FeatureExpression.parse("atr(14)@" + text).timeframe()).toList());
    }

    @Test
    void shouldRejectUnknownTimeframe()
    {
        final IllegalArgumentException ex =
            assertThrows(IllegalArgumentException.class, () -> FeatureExpression.parse("rsi(14)@1w"));

        assertEquals("'rsi(14)@1w' has an unknown timeframe '1w'; allowed: tick, 1s, 1m, 5m, 15m, 1h, 1d",
            ex.getMessage());
    }

    @Test
    void shouldRejectUnbalancedParentheses()
    {
        final IllegalArgumentException ex =
            assertThrows(IllegalArgumentException.class, () -> FeatureExpression.parse("sma(20"));

        assertEquals("'sma(20' is not a feature expression; expected name(args).output@timeframe, e.g. sma(20), " +
            "rsi(14)@1m, macd(12,26,9).signal@5m", ex.getMessage());
    }

    @Test
    void shouldRejectBlankExpression()
    {
        final IllegalArgumentException ex =
            assertThrows(IllegalArgumentException.class, () -> FeatureExpression.parse("  "));

        assertEquals("an empty feature expression; expected name(args).output@timeframe, e.g. sma(20), " +
            "rsi(14)@1m, macd(12,26,9).signal@5m", ex.getMessage());
    }
}
