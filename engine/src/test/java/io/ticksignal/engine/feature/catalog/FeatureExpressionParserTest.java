package io.ticksignal.engine.feature.catalog;

import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.Feature;
import io.ticksignal.engine.feature.indicator.Macd;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureExpressionParserTest
{
    private final FeatureExpressionParser parser = FeatureExpressionParser.standard();

    @Test
    void shouldApplyEveryDefaultWhenArgumentsAreLeftOut()
    {
        final ParsedFeature macd = parser.parse("macd");

        assertEquals("macd", macd.text());
        assertEquals(12, macd.arguments().intAt(0));
        assertEquals(26, macd.arguments().intAt(1));
        assertEquals(9, macd.arguments().intAt(2));
        assertEquals(0, macd.outputIndex());
        assertEquals("macd", macd.outputName());
        assertEquals(TimeframeSource.CONTEXT, macd.timeframeSource());
        assertEquals(Timeframe.FIVE_MINUTES, macd.timeframeOr(Timeframe.FIVE_MINUTES));
        assertEquals("macd(12,26,9).macd", macd.canonical());
        assertEquals(34, macd.warmUpCount());
    }

    @Test
    void shouldApplyDefaultsToTrailingArgumentsOnly()
    {
        final ParsedFeature macd = parser.parse("macd(5,35)");

        assertEquals(5, macd.arguments().intAt(0));
        assertEquals(35, macd.arguments().intAt(1));
        assertEquals(9, macd.arguments().intAt(2));
    }

    @Test
    void shouldParseOutputAndTimeframeAndBuildTheIndicator()
    {
        final ParsedFeature signal = parser.parse("macd(12,26,9).signal@5m");

        assertEquals(1, signal.outputIndex());
        assertEquals(Timeframe.FIVE_MINUTES, signal.timeframe());
        assertEquals(TimeframeSource.EXPLICIT, signal.timeframeSource());
        assertEquals(Timeframe.FIVE_MINUTES, signal.timeframeOr(Timeframe.ONE_MINUTE));
        assertEquals(21, signal.timeframePosition());
        final Feature feature = signal.create();
        assertInstanceOf(Macd.class, feature);
        assertEquals(34, feature.warmUpCount());
        assertEquals("signal", feature.outputName(signal.outputIndex()));
    }

    @Test
    void shouldKeepTheTextAsGivenAndReadDecimalArguments()
    {
        final ParsedFeature upper = parser.parse("  bbands(20, 2.5).upper ");

        assertEquals("bbands(20, 2.5).upper", upper.text());
        assertEquals(20, upper.arguments().intAt(0));
        assertEquals(2.5, upper.arguments().doubleAt(1));
        assertEquals(2, upper.outputIndex());
        assertEquals("bbands(20,2.5).upper", upper.canonical());
    }

    @Test
    void shouldTreatExplicitTickAsATimeframe()
    {
        final ParsedFeature obv = parser.parse("obv@tick");

        assertEquals(Timeframe.TICK, obv.timeframeOr(Timeframe.ONE_DAY));
        assertEquals("obv.value@tick", obv.canonical());
    }

    @Test
    void shouldParseASemicolonSeparatedListInOrder()
    {
        final List<ParsedFeature> features = parser.parseList("sma(20); rsi(14)@1m;;stoch.d");

        assertEquals(3, features.size());
        assertEquals("sma(20)", features.get(0).text());
        assertEquals("rsi(14)@1m", features.get(1).text());
        assertEquals("stoch.d", features.get(2).text());
    }

    @Test
    void shouldNameTheOutputsWhenTheOutputIsUnknown()
    {
        assertError("rsi(14).upper@1m", 9, "'upper' is not an output of rsi; rsi has: value");
        assertError("bbands(20,2).top", 14, "'top' is not an output of bbands; bbands has: lower, middle, upper, pctb, width");
        assertError("macd.", 6, "expected an output name after '.'; macd has: macd, signal, hist");
    }

    @Test
    void shouldSuggestTheClosestNameAndListAllForAnUnknownName()
    {
        final FeatureExpressionException error = assertThrows(FeatureExpressionException.class, () -> parser.parse("rsj(14)"));

        assertEquals(1, error.position());
        assertTrue(error.detail().startsWith("unknown feature 'rsj'; did you mean 'rsi'? known features: ad, adosc, adx,"),
            error.detail());
        assertTrue(error.detail().endsWith(", wma, yang_zhang, zlema, zscore"), error.detail());
        assertTrue(error.getMessage().startsWith("rsj(14): position 1: unknown feature 'rsj'"), error.getMessage());
    }

    @Test
    void shouldListTheVolatilityAndMicrostructureNamesForAnUnknownName()
    {
        final FeatureExpressionException error =
            assertThrows(FeatureExpressionException.class, () -> parser.parse("kyle(200)@tick"));

        assertEquals(1, error.position());
        final String known = error.detail().substring(error.detail().indexOf("known features: ") + 16);
        assertEquals(FeatureCatalog.standard().names(), List.of(known.split(", ")));
        for (final String name : List.of("keltner", "donchian", "zscore", "cmf", "vwap", "volume_ratio",
            "volume_zscore", "percent_rank", "ret", "logret", "skew", "kurt", "vol_close", "parkinson", "garman_klass",
            "rogers_satchell", "yang_zhang", "realized_vol", "vol_percentile", "spread", "rel_spread", "mid",
            "microprice", "imbalance", "depth", "ofi", "trade_sign", "signed_volume", "trade_imbalance", "eff_spread",
            "realized_spread", "kyle_lambda", "amihud", "vpin", "trade_rate", "duration"))
        {
            assertTrue(List.of(known.split(", ")).contains(name), name);
        }
        final String suggestion =
            assertThrows(FeatureExpressionException.class, () -> parser.parse("vpn(50,20)")).detail();
        assertTrue(suggestion.startsWith("unknown feature 'vpn'; did you mean 'vpin'? known features: "), suggestion);
    }

    @Test
    void shouldCheckTheNewFeaturesArgumentRanges()
    {
        assertError("kyle_lambda(1)", 13, "n = 1 is out of range; n must be an integer in [2, 16777216]");
        assertError("imbalance(21)", 11, "levels = 21 is out of range; levels must be an integer in [1, 20]");
        assertError("vpin(0,20)", 6, "bucket = 0 is out of range; bucket must be a number in (0, 1000000000]");
        assertError("yang_zhang(20,0)", 15, "annualize = 0 is out of range; annualize must be a number in " +
            "(0, 1000000000]");
        assertError("kurt(3)", 6, "n = 3 is out of range; n must be an integer in [4, 100000]");
        assertError("vwap(-1)", 6, "n = -1 is out of range; n must be an integer in [0, 100000]");
        assertError("spread(1)", 8, "spread takes no arguments; got 1 or more");
    }

    @Test
    void shouldRejectUpperCaseNamesWithAHint()
    {
        assertError("Sma(20)", 1, "expected a feature name, found 'S' (names are lower case); " +
            "expected name(args).output@timeframe, e.g. sma(20), rsi(14)@1m, macd(12,26,9).signal@5m");
    }

    @Test
    void shouldRejectTooManyArguments()
    {
        assertError("sma(20,3)", 8, "sma takes at most 1 argument: sma(n=30); got 2 or more");
        assertError("bop(1)", 5, "bop takes no arguments; got 1 or more");
    }

    @Test
    void shouldRejectArgumentsOfTheWrongTypeOrOutOfRange()
    {
        assertError("sma(2.5)", 5, "n must be an integer in [2, 100000], got 2.5");
        assertError("sma(1)", 5, "n = 1 is out of range; n must be an integer in [2, 100000]");
        assertError("sma(100001)", 5, "n = 100001 is out of range; n must be an integer in [2, 100000]");
        assertError("bbands(20,0)", 11, "k = 0 is out of range; k must be a number in (0, 100]");
        assertError("t3(5, 1.5)", 7, "v = 1.5 is out of range; v must be a number in [0, 1]");
        assertError("sma(abc)", 5, "'abc' is not a number; arguments are numbers such as 20 or 2.5: sma(n=30)");
        assertError("macd(12,,9)", 9, "a missing argument; arguments are numbers such as 20 or 2.5: " +
            "macd(f=12, s=26, sig=9)");
    }

    @Test
    void shouldRejectMalformedArgumentLists()
    {
        assertError("sma(20", 7, "missing ')' to close the argument list opened at position 4");
        assertError("sma()", 4, "an empty argument list; drop the parentheses to use the defaults, e.g. sma, " +
            "or give arguments: sma(n=30)");
        assertError("sma(20 30)", 8, "unexpected '3'; expected ',' or ')'");
        assertError("sma(20)x", 8, "unexpected 'x'; expected '.', '@' or the end");
    }

    @Test
    void shouldRejectAnUnknownTimeframe()
    {
        assertError("sma(20)@2m", 9, "'2m' is not a timeframe; allowed: tick, 1s, 1m, 5m, 15m, 1h, 1d");
        assertError("sma(20)@", 9, "'' is not a timeframe; allowed: tick, 1s, 1m, 5m, 15m, 1h, 1d");
    }

    @Test
    void shouldRejectEmptyExpressions()
    {
        assertError("  ", 1, "an empty feature expression; " +
            "expected name(args).output@timeframe, e.g. sma(20), rsi(14)@1m, macd(12,26,9).signal@5m");
        final FeatureExpressionException error =
            assertThrows(FeatureExpressionException.class, () -> parser.parseList(" ; "));
        assertTrue(error.detail().startsWith("no feature expressions"), error.detail());
    }

    private void assertError(final String expression, final int position, final String detail)
    {
        final FeatureExpressionException error =
            assertThrows(FeatureExpressionException.class, () -> parser.parse(expression));
        assertEquals(detail, error.detail(), expression);
        assertEquals(position, error.position(), expression);
        assertEquals(expression.strip() + ": position " + position + ": " + detail, error.getMessage());
    }
}
