package io.ticksignal.engine.feature.catalog;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.engine.feature.Feature;
import io.ticksignal.engine.feature.indicator.Indicator;
import io.ticksignal.engine.feature.indicator.Sma;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureCatalogTest
{
    private static final List<String> CURRENT_INDICATORS = List.of(
        "ad", "adosc", "adx", "adxr", "apo", "aroon", "aroonosc", "atr", "bbands", "bop", "cci", "cmo", "dema",
        "ema", "hma", "kama", "linreg", "macd", "max", "mfi", "min", "mom", "natr", "obv", "ppo", "roc", "rsi",
        "sar", "sma", "stddev", "stoch", "stochf", "stochrsi", "t3", "tema", "tr", "trima", "trix", "ultosc",
        "var", "vwma", "willr", "wma", "zlema");

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
