package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.codecs.sbe.AggressorSide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@link MarketFeature} contract for every feature: bad input is counted and leaves no trace in the state, and
 * reset returns a feature to its freshly constructed behaviour. Values are compared exactly (same arithmetic).
 */
class FeatureContractTest
{
    private static final int UNKNOWN = AggressorSide.UNKNOWN.value();
    private static final int BAD_TRADES = 4;
    private static final int BAD_QUOTES = 4;

    /** Expected rejections: the bad trades, the bad quotes or both, depending on what the feature reads. */
    private static final long TRADES = BAD_TRADES;
    private static final long QUOTES = BAD_QUOTES;
    private static final long BOTH = BAD_TRADES + BAD_QUOTES;

    static Stream<Arguments> features()
    {
        return Stream.of(
            Arguments.of("spread", (Supplier<MarketFeature>)Spread::new, QUOTES),
            Arguments.of("rel_spread", (Supplier<MarketFeature>)RelSpread::new, QUOTES),
            Arguments.of("mid", (Supplier<MarketFeature>)Mid::new, QUOTES),
            Arguments.of("microprice", (Supplier<MarketFeature>)Microprice::new, QUOTES),
            Arguments.of("imbalance(2)", (Supplier<MarketFeature>)() -> new Imbalance(2), 0L),
            Arguments.of("depth(2)", (Supplier<MarketFeature>)() -> new Depth(2), 0L),
            Arguments.of("ofi(3)", (Supplier<MarketFeature>)() -> new Ofi(3), QUOTES),
            Arguments.of("trade_sign", (Supplier<MarketFeature>)TradeSign::new, BOTH),
            Arguments.of("signed_volume(3)", (Supplier<MarketFeature>)() -> new SignedVolume(3), BOTH),
            Arguments.of("trade_imbalance(3)", (Supplier<MarketFeature>)() -> new TradeImbalance(3), BOTH),
            Arguments.of("eff_spread", (Supplier<MarketFeature>)EffSpread::new, BOTH),
            Arguments.of("realized_spread(2)", (Supplier<MarketFeature>)() -> new RealizedSpread(2), BOTH),
            Arguments.of("kyle_lambda(3)", (Supplier<MarketFeature>)() -> new KyleLambda(3), BOTH),
            Arguments.of("amihud(3)", (Supplier<MarketFeature>)() -> new Amihud(3), TRADES),
            Arguments.of("vpin(1.5,2)", (Supplier<MarketFeature>)() -> new Vpin(1.5, 2), BOTH),
            Arguments.of("trade_rate(3)", (Supplier<MarketFeature>)() -> new TradeRate(3), TRADES),
            Arguments.of("duration(3)", (Supplier<MarketFeature>)() -> new Duration(3), TRADES));
    }

    /** A valid mixed stream: quotes moving around and trades on both sides of the mid. */
    private static void feedValid(final MarketFeatureSet set, final int from, final int to)
    {
        for (int i = from; i < to; i++)
        {
            final double bid = 100.0 + (i % 5) * 0.25;
            set.onQuote(10L * i, bid, 1.0 + i % 3, bid + 0.5, 2.0 + i % 4);
            set.onTrade(10L * i + 5, bid + (i % 3) * 0.25, 0.5 + i % 4, UNKNOWN);
        }
    }

    private static void feedBad(final MarketFeatureSet set, final long timeNs)
    {
        set.onTrade(timeNs, Double.NaN, 1.0, UNKNOWN);
        set.onTrade(timeNs, 0.0, 1.0, UNKNOWN);
        set.onTrade(timeNs, 100.0, -1.0, UNKNOWN);
        set.onTrade(timeNs, 100.0, Double.POSITIVE_INFINITY, UNKNOWN);
        set.onQuote(timeNs, 101.0, 1.0, 100.0, 1.0);
        set.onQuote(timeNs, Double.NaN, 1.0, 100.0, 1.0);
        set.onQuote(timeNs, 99.0, 1.0, -100.0, 1.0);
        set.onQuote(timeNs, 99.0, Double.NaN, 100.0, 1.0);
    }

    private static void assertSameValue(final MarketFeature expected, final MarketFeature actual, final String what)
    {
        assertEquals(expected.value(), actual.value(), what);
        assertEquals(expected.isWarm(), actual.isWarm(), what);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void shouldCountAndIgnoreBadInput(final String name, final Supplier<MarketFeature> factory, final long rejected)
    {
        final MarketFeatureSet clean = new MarketFeatureSet(factory.get());
        final MarketFeatureSet dirty = new MarketFeatureSet(factory.get());
        feedValid(clean, 0, 6);
        feedValid(dirty, 0, 6);
        final double before = dirty.feature(0).value();
        feedBad(dirty, 60L);
        assertEquals(before, dirty.feature(0).value(), name + " after bad input");
        assertEquals(rejected, dirty.feature(0).rejectedCount(), name + " rejected count");
        assertEquals(0, clean.feature(0).rejectedCount(), name + " rejected count of the clean run");
        for (int i = 6; i < 20; i++)
        {
            feedValid(clean, i, i + 1);
            feedValid(dirty, i, i + 1);
            assertSameValue(clean.feature(0), dirty.feature(0), name + " at step " + i);
        }
        assertTrue(dirty.feature(0).isWarm(), name + " warm after 20 steps");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void shouldBehaveAsNewAfterReset(final String name, final Supplier<MarketFeature> factory, final long rejected)
    {
        final MarketFeatureSet fresh = new MarketFeatureSet(factory.get());
        final MarketFeatureSet reused = new MarketFeatureSet(factory.get());
        feedValid(reused, 0, 13);
        feedBad(reused, 200L);
        reused.reset();
        assertFalse(reused.feature(0).isWarm(), name);
        assertEquals(Double.NaN, reused.feature(0).value(), name);
        assertEquals(0, reused.feature(0).rejectedCount(), name);
        for (int i = 0; i < 20; i++)
        {
            feedValid(fresh, i, i + 1);
            feedValid(reused, i, i + 1);
            assertSameValue(fresh.feature(0), reused.feature(0), name + " at step " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void shouldWarmUpWithinItsWarmUpCountOnAMixedStream(
        final String name, final Supplier<MarketFeature> factory, final long rejected)
    {
        final MarketFeature feature = factory.get();
        assertEquals(1, feature.outputCount(), name);
        assertEquals("value", feature.outputName(0), name);
        final MarketFeatureSet set = new MarketFeatureSet(feature);
        feedValid(set, 0, feature.warmUpCount() - 1);
        assertFalse(feature.isWarm(), name + " before " + feature.warmUpCount() + " events of each kind");
        if (!(feature instanceof Vpin))
        {
            feedValid(set, feature.warmUpCount() - 1, feature.warmUpCount());
            assertTrue(feature.isWarm(), name + " after " + feature.warmUpCount() + " events of each kind");
        }
    }
}
