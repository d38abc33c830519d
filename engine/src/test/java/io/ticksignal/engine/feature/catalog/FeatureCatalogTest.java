package io.ticksignal.engine.feature.catalog;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.engine.feature.EventFeature;
import io.ticksignal.engine.feature.Feature;
import io.ticksignal.engine.feature.indicator.Indicator;
import io.ticksignal.engine.feature.indicator.RollingVwap;
import io.ticksignal.engine.feature.indicator.Sma;
import io.ticksignal.engine.feature.indicator.Vwap;
import io.ticksignal.engine.feature.microstructure.MarketFeature;
import io.ticksignal.engine.feature.microstructure.MarketFeatureSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureCatalogTest
{
    private static final List<String> CURRENT_INDICATORS = List.of(
        "ad", "adosc", "adx", "adxr", "apo", "aroon", "aroonosc", "atr", "bbands", "bop", "cci", "cmo", "dema",
        "ema", "hma", "kama", "linreg", "macd", "max", "mfi", "min", "mom", "natr", "obv", "ppo", "roc", "rsi",
        "sar", "sma", "stddev", "stoch", "stochf", "stochrsi", "t3", "tema", "tr", "trima", "trix", "ultosc",
        "var", "vwma", "willr", "wma", "zlema");

    private static final List<String> NEWER_INDICATORS = List.of(
        "keltner", "donchian", "zscore", "cmf", "vwap", "volume_ratio", "volume_zscore", "percent_rank", "ret",
        "logret", "skew", "kurt");

    private static final List<String> VOLATILITY = List.of(
        "vol_close", "parkinson", "garman_klass", "rogers_satchell", "yang_zhang", "realized_vol", "vol_percentile");

    private static final List<String> QUOTE_FEATURES = List.of(
        "spread", "rel_spread", "mid", "microprice", "imbalance", "depth", "ofi");

    private static final List<String> TRADE_FEATURES = List.of(
        "trade_sign", "signed_volume", "trade_imbalance", "eff_spread", "realized_spread", "kyle_lambda", "amihud",
        "vpin", "trade_rate", "duration");

    private final FeatureCatalog catalog = FeatureCatalog.standard();

    @Test
    void shouldRegisterEveryCurrentIndicatorUnderItsIssueName()
    {
        assertEquals(44, CURRENT_INDICATORS.size());
        for (final String name : CURRENT_INDICATORS)
        {
            assertTrue(catalog.find(name).isPresent(), name);
        }
        assertEquals(catalog.names().stream().sorted().toList(), catalog.names());
    }

    @Test
    void shouldRegisterEveryIndicatorEstimatorAndMicrostructureFeatureOfTheIssue()
    {
        assertEquals(12, NEWER_INDICATORS.size(), "13 indicators: vwap and vwap(n) share one name");
        final List<String> expected = new ArrayList<>(CURRENT_INDICATORS);
        expected.addAll(NEWER_INDICATORS);
        expected.addAll(VOLATILITY);
        expected.addAll(QUOTE_FEATURES);
        expected.addAll(TRADE_FEATURES);
        assertEquals(expected.stream().sorted().toList(), catalog.names(), "every feature, nothing else");
        assertEquals(56, CURRENT_INDICATORS.size() + NEWER_INDICATORS.size(), "distinct indicator names");
        for (final String name : VOLATILITY)
        {
            assertEquals(FeatureInput.BARS, catalog.find(name).orElseThrow().input(), name);
        }
        for (final String name : QUOTE_FEATURES)
        {
            assertEquals(FeatureInput.QUOTES, catalog.find(name).orElseThrow().input(), name);
        }
        for (final String name : TRADE_FEATURES)
        {
            assertEquals(FeatureInput.TRADES, catalog.find(name).orElseThrow().input(), name);
        }
    }

    @Test
    void shouldBuildEveryNewFeatureFromItsDefaultExpressionWithTheWarmUpItsFormulaSays()
    {
        final FeatureExpressionParser parser = new FeatureExpressionParser(catalog);
        final List<String> names = new ArrayList<>(NEWER_INDICATORS);
        names.addAll(VOLATILITY);
        names.addAll(QUOTE_FEATURES);
        names.addAll(TRADE_FEATURES);
        for (final String name : names)
        {
            final ParsedFeature parsed = parser.parse(name);
            final Feature feature = parsed.create();
            assertEquals(parsed.warmUpCount(), feature.warmUpCount(), name);
            assertEquals(List.of("keltner", "donchian").contains(name) ? "lower" : "value", feature.outputName(0), name);
            assertFalse(feature.isWarm(), name);
            assertTrue(Double.isNaN(feature.value()), name);
            final boolean event = parsed.entry().input() != FeatureInput.BARS;
            assertEquals(event, feature instanceof EventFeature, name);
            assertEquals(event, feature instanceof MarketFeature, name);
            assertEquals(!event, feature instanceof Indicator, name);
        }
    }

    @Test
    void shouldMapVwapWithoutAWindowToTheSessionVwapAndWithOneToTheRollingVwap()
    {
        final FeatureExpressionParser parser = new FeatureExpressionParser(catalog);

        assertInstanceOf(Vwap.class, parser.parse("vwap").create());
        assertInstanceOf(Vwap.class, parser.parse("vwap(0)@1m").create());
        assertEquals(1, parser.parse("vwap").warmUpCount());
        final Feature rolling = parser.parse("vwap(14)").create();
        assertInstanceOf(RollingVwap.class, rolling);
        assertEquals(14, rolling.warmUpCount());
        assertEquals(14, parser.parse("vwap(14)").warmUpCount());
        assertEquals("vwap(0).value", parser.parse("vwap").canonical());
    }

    @Test
    void shouldPassArgumentsInOrderToTheNewFeatures()
    {
        final FeatureExpressionParser parser = new FeatureExpressionParser(catalog);

        assertEquals(23, parser.parse("vol_percentile(5,18)").create().warmUpCount(), "n + m");
        assertEquals(7, parser.parse("vpin(0.5,7)").create().warmUpCount(), "buckets");
        assertEquals(11, parser.parse("realized_spread(10)").create().warmUpCount());
        assertEquals(List.of("lower", "middle", "upper"), catalog.find("keltner").orElseThrow().outputs());
        assertEquals(List.of("lower", "middle", "upper"), catalog.find("donchian").orElseThrow().outputs());
        final Indicator annualised = (Indicator)parser.parse("parkinson(2,4)").create();
        final Indicator perBar = (Indicator)parser.parse("parkinson(2)").create();
        for (int bar = 0; bar < 2; bar++)
        {
            annualised.update(bar, 100.0, 110.0, 90.0, 105.0, 1.0);
            perBar.update(bar, 100.0, 110.0, 90.0, 105.0, 1.0);
        }
        assertEquals(2.0 * perBar.value(), annualised.value(), 1e-15, "annualize 4 doubles sigma");
    }

    @Test
    void shouldBecomeWarmExactlyAtTheFormulasCountOnQuotes()
    {
        for (final String name : QUOTE_FEATURES)
        {
            final FeatureEntry entry = catalog.find(name).orElseThrow();
            for (final FeatureArguments arguments : argumentVariants(entry))
            {
                final MarketFeature feature = (MarketFeature)entry.create(arguments);
                final MarketFeatureSet set = new MarketFeatureSet(feature);
                final int warmUp = entry.warmUpCount(arguments);
                for (int quote = 1; quote <= warmUp; quote++)
                {
                    assertFalse(feature.isWarm(), name + arguments + " before " + quote);
                    final double bid = 100.0 + (quote % 3);
                    set.onQuote(quote, bid, 1.0 + quote, bid + 0.5, 2.0 + (quote % 4));
                }
                assertTrue(feature.isWarm(), name + arguments + " after " + warmUp);
            }
        }
    }

    @Test
    void shouldBecomeWarmAtTheFormulasCountOnBitstampTradesExceptWhereTheSummarySaysOtherwise()
    {
        for (final String name : TRADE_FEATURES)
        {
            final FeatureEntry entry = catalog.find(name).orElseThrow();
            final FeatureArguments arguments = entry.defaults();
            final MarketFeature feature = (MarketFeature)entry.create(arguments);
            int trades = 0;
            double volumeBeforeLast = 0.0;
            double volume = 0.0;
            try (MarketDataReader reader = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
            {
                while (!feature.isWarm() && reader.next())
                {
                    feature.onTrade(reader.timestampNs(), reader.value(1), reader.value(2),
                        EventFeature.AGGRESSOR_UNKNOWN);
                    trades++;
                    volumeBeforeLast = volume;
                    volume += reader.value(2);
                }
            }
            final int warmUp = entry.warmUpCount(arguments);
            switch (name)
            {
                case "eff_spread", "realized_spread" ->
                    assertFalse(feature.isWarm(), name + " needs quotes: " + entry.summary());
                case "trade_sign" ->
                    assertTrue(trades >= 2 && entry.summary().contains("best case"), name + " after " + trades);
                case "vpin" ->
                {
                    // warm once n buckets of bucket volume are full: at the trade that reaches n * bucket
                    final double needed = arguments.doubleAt(0) * arguments.intAt(1);
                    assertTrue(volumeBeforeLast < needed && volume > needed - 1e-9, name + " after " + trades);
                    assertTrue(trades > warmUp && entry.summary().contains("counts buckets"), name);
                }
                default -> assertEquals(warmUp, trades, name);
            }
        }
    }

    @Test
    void shouldTakeOutputNamesFromTheIndicators()
    {
        assertEquals(List.of("macd", "signal", "hist"), catalog.find("macd").orElseThrow().outputs());
        assertEquals(List.of("k", "d"), catalog.find("stoch").orElseThrow().outputs());
        assertEquals(List.of("adx", "plus_di", "minus_di", "dx"), catalog.find("adx").orElseThrow().outputs());
        assertEquals(List.of("value"), catalog.find("sma").orElseThrow().outputs());
    }

    @Test
    void shouldBuildEveryEntryWithTheWarmUpItsFormulaSays()
    {
        for (final FeatureEntry entry : catalog.entries())
        {
            for (final FeatureArguments arguments : argumentVariants(entry))
            {
                final Feature feature = entry.create(arguments);
                final String label = entry.name() + arguments;
                assertEquals(entry.warmUpCount(arguments), feature.warmUpCount(), label);
                assertEquals(entry.outputs().size(), feature.outputCount(), label);
            }
        }
    }

    @Test
    void shouldBecomeWarmExactlyAtTheFormulasCountOnAppleBars()
    {
        for (final FeatureEntry entry : catalog.entries())
        {
            if (entry.input() != FeatureInput.BARS)
            {
                continue;
            }
            for (final FeatureArguments arguments : argumentVariants(entry))
            {
                final int warmUp = entry.warmUpCount(arguments);
                final Indicator indicator = (Indicator)entry.create(arguments);
                try (MarketDataReader reader = MarketDataSet.AAPL_DAILY_BARS.openReader(BadRowPolicy.FAIL))
                {
                    for (int updates = 1; updates <= warmUp && reader.next(); updates++)
                    {
                        assertFalse(indicator.isWarm(), entry.name() + arguments + " before " + updates);
                        indicator.update(reader.timestampNs(), reader.value(1), reader.value(2), reader.value(3),
                            reader.value(4), reader.value(5));
                    }
                }
                assertTrue(indicator.isWarm(), entry.name() + arguments + " after " + warmUp);
                assertFalse(Double.isNaN(indicator.value()), entry.name() + arguments);
            }
        }
    }

    /**
     * The defaults, and every integer argument moved up by a distinct amount (so that a formula mixing
     * up two arguments is caught).
     */
    private static List<FeatureArguments> argumentVariants(final FeatureEntry entry)
    {
        final List<FeatureArguments> variants = new ArrayList<>();
        variants.add(entry.defaults());
        final double[] shifted = new double[entry.arguments().size()];
        for (int i = 0; i < shifted.length; i++)
        {
            final ArgumentSpec spec = entry.arguments().get(i);
            final double moved = spec.defaultValue() + 2 * i + 1;
            shifted[i] = spec.type() == ArgumentType.INT && spec.accepts(moved) ? moved : spec.defaultValue();
        }
        variants.add(new FeatureArguments(shifted));
        return variants;
    }

    @Test
    void shouldSuggestTheClosestName()
    {
        assertEquals(Optional.of("rsi"), catalog.suggest("rsj"));
        assertEquals(Optional.of("bbands"), catalog.suggest("bband"));
        assertEquals(Optional.of("stochrsi"), catalog.suggest("stochrs"));
        assertEquals(Optional.empty(), catalog.suggest("bollinger"));
    }

    @Test
    void shouldRefuseTheSameNameTwice()
    {
        final FeatureEntry sma = FeatureEntry.bars("sma").args(ArgumentSpec.period("n", 30, 2)).warmUp("n")
            .summary("simple moving average").build(a -> new Sma(a.intAt(0)));
        final FeatureCatalog.Builder builder = FeatureCatalog.builder().add(sma);

        final IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> builder.add(sma));
        assertEquals("feature 'sma' is registered twice", error.getMessage());
    }

    @Test
    void shouldRefuseAFactoryThatMakesTheWrongKindOfFeature()
    {
        final IllegalStateException error = assertThrows(IllegalStateException.class, () ->
            FeatureEntry.trades("sma_by_trade").warmUp("30").summary("wrong kind").build(a -> new Sma(30)));
        assertTrue(error.getMessage().startsWith("the factory of 'sma_by_trade' made a"), error.getMessage());
    }

    @Test
    void shouldEvaluateWarmUpFormulas()
    {
        final FeatureArguments twenty = new FeatureArguments(new double[]{20, 3});
        final List<String> names = List.of("n", "k");

        assertEquals(23, new WarmUpFormula("n + floor(sqrt(n)) - 1", names).evaluate(twenty));
        assertEquals(29, new WarmUpFormula("floor((n - 1) / 2) + n", names).evaluate(twenty));
        assertEquals(24, new WarmUpFormula("max(n, k, 4) + k + 1", names).evaluate(twenty));
        assertEquals(-17, new WarmUpFormula("-n + k", names).evaluate(twenty));
        final IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> new WarmUpFormula("n + m", names).evaluate(twenty));
        assertEquals("warm-up formula 'n + m', position 6: 'm' is not an argument; arguments: [n, k]", error.getMessage());
    }

    @Test
    void shouldListEveryFeatureOnOneLineAndInMarkdown()
    {
        final String[] lines = FeatureListing.text(catalog).split("\n");
        assertEquals(catalog.entries().size() + 1, lines.length);
        assertTrue(lines[0].startsWith("NAME      ARGUMENTS (defaults)"), lines[0]);
        final String macd = List.of(lines).stream().filter(l -> l.startsWith("macd ")).findFirst().orElseThrow();
        assertTrue(macd.matches("macd +f=12,s=26,sig=9 +macd,signal,hist +bars +max\\(f, s\\) \\+ sig - 1 +macd = .*"), macd);

        final String markdown = FeatureListing.markdown(catalog);
        assertTrue(markdown.contains("| `sma` | `n=30` (integer in [2, 100000]) | `value` | bars (OHLCV) | `n` | " +
            "simple moving average of the close, sum(close, n) / n (TA-Lib SMA) |\n"), markdown);
        assertTrue(markdown.contains("100 * \\|+DI - -DI\\|"), "pipes in formulas are escaped");
    }
}
