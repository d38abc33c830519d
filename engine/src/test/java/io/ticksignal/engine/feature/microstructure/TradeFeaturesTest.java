package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.codecs.sbe.AggressorSide;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-computed values of the trade features; exact unless a tolerance is stated.
 */
class TradeFeaturesTest
{
    private static final double NAN = Double.NaN;
    private static final int BUY = AggressorSide.BUY.value();
    private static final int SELL = AggressorSide.SELL.value();
    private static final int UNKNOWN = AggressorSide.UNKNOWN.value();
    private static final long SECOND_NS = 1_000_000_000L;

    @Test
    void shouldSignTradesByTheTickRuleWithoutQuotes()
    {
        final TradeSign sign = new TradeSign();
        final double[] prices = {10.0, 11.0, 11.0, 10.5, 10.5, 12.0};
        // first trade has no tick; uptick +1; zero tick keeps +1; downtick -1; zero tick keeps -1; uptick +1
        final double[] expected = {NAN, 1.0, 1.0, -1.0, -1.0, 1.0};
        for (int i = 0; i < prices.length; i++)
        {
            sign.onTrade(i, prices[i], 1.0, UNKNOWN);
            assertEquals(expected[i], sign.value(), "trade " + i);
        }
        assertEquals(1, sign.warmUpCount(), "best case: with quotes or aggressor sides");
    }

    @Test
    void shouldSignTradesByTheQuoteTestThenTickRuleAtTheMidWithAggressorFirst()
    {
        final TradeSign sign = new TradeSign();
        sign.onQuote(1L, 99.0, 1.0, 101.0, 1.0);
        sign.onTrade(2L, 100.5, 1.0, UNKNOWN);
        assertEquals(1.0, sign.value(), "above the mid of 100");
        sign.onTrade(3L, 99.5, 1.0, UNKNOWN);
        assertEquals(-1.0, sign.value(), "below the mid");
        sign.onTrade(4L, 100.0, 1.0, UNKNOWN);
        assertEquals(1.0, sign.value(), "at the mid: uptick from 99.5");
        sign.onTrade(5L, 100.5, 1.0, SELL);
        assertEquals(-1.0, sign.value(), "aggressor side wins over the quote test");
        sign.onTrade(6L, 99.0, 1.0, BUY);
        assertEquals(1.0, sign.value(), "aggressor side wins over the quote test");
        sign.onTrade(7L, 100.0, 1.0, UNKNOWN);
        assertEquals(1.0, sign.value(), "at the mid: uptick from 99.0");
    }

    @Test
    void shouldSumSignedVolumeAndImbalanceOverTheLastNTrades()
    {
        final SignedVolume signedVolume = new SignedVolume(3);
        final TradeImbalance imbalance = new TradeImbalance(3);
        final MarketFeatureSet set = new MarketFeatureSet(signedVolume, imbalance);
        // tick-rule signs: 0 (first), +1, +1 (zero tick), -1, +1
        final double[] prices = {10.0, 11.0, 11.0, 10.0, 12.0};
        final double[] sizes = {1.0, 2.0, 3.0, 4.0, 5.0};
        final double[] expectedSum = {NAN, NAN, 0.0 + 2.0 + 3.0, 2.0 + 3.0 - 4.0, 3.0 - 4.0 + 5.0};
        final double[] expectedImbalance = {NAN, NAN, 5.0 / 6.0, 1.0 / 9.0, 4.0 / 12.0};
        for (int i = 0; i < prices.length; i++)
        {
            set.onTrade(i, prices[i], sizes[i], UNKNOWN);
            assertEquals(expectedSum[i], signedVolume.value(), "signed_volume(3) at trade " + i);
            assertEquals(expectedImbalance[i], imbalance.value(), "trade_imbalance(3) at trade " + i);
        }
        assertEquals(3, signedVolume.warmUpCount());
    }

    @Test
    void shouldComputeEffectiveSpreadAgainstThePrevailingMid()
    {
        final EffSpread effSpread = new EffSpread();
        effSpread.onTrade(1L, 100.5, 1.0, UNKNOWN);
        assertEquals(NAN, effSpread.value(), "no quote yet");
        effSpread.onQuote(2L, 99.0, 1.0, 101.0, 1.0);
        effSpread.onTrade(3L, 100.5, 1.0, UNKNOWN);
        // 2 * |100.5 - 100| / 100
        assertEquals(0.01, effSpread.value(), 1e-15);
        effSpread.onTrade(4L, 98.0, 1.0, UNKNOWN);
        assertEquals(0.04, effSpread.value(), 1e-15);
    }

    @Test
    void shouldComputeRealizedSpreadAgainstTheMidHTradesLater()
    {
        final RealizedSpread realized = new RealizedSpread(2);
        assertEquals(3, realized.warmUpCount());
        realized.onQuote(1L, 99.0, 1.0, 101.0, 1.0);
        realized.onTrade(2L, 100.5, 1.0, UNKNOWN);
        realized.onQuote(3L, 100.0, 1.0, 102.0, 1.0);
        realized.onTrade(4L, 101.5, 1.0, UNKNOWN);
        assertEquals(NAN, realized.value());
        realized.onQuote(5L, 101.0, 1.0, 103.0, 1.0);
        realized.onTrade(6L, 101.0, 1.0, UNKNOWN);
        // trade 1: sign +1, price 100.5, mid 100; mid two trades later 102: 2 * (+1) * (100.5 - 102) / 100
        assertEquals(-0.03, realized.value(), 1e-15);
        realized.onTrade(7L, 102.5, 1.0, UNKNOWN);
        // trade 2: sign +1, price 101.5, mid 101; mid two trades later still 102: 2 * (101.5 - 102) / 101
        assertEquals(-1.0 / 101.0, realized.value(), 1e-15);
        assertTrue(realized.isWarm());
    }

    @Test
    void shouldStayNanOnTradeOnlyDataWhenQuotesAreNeeded()
    {
        final RealizedSpread realized = new RealizedSpread(1);
        final EffSpread effSpread = new EffSpread();
        final MarketFeatureSet set = new MarketFeatureSet(realized, effSpread);
        for (int i = 0; i < 10; i++)
        {
            set.onTrade(i, 100.0 + i % 3, 1.0, UNKNOWN);
        }
        assertFalse(realized.isWarm());
        assertFalse(effSpread.isWarm());
        assertEquals(NAN, realized.value());
    }

    @Test
    void shouldRegressTradePriceChangeOnSignedVolumeWithoutQuotes()
    {
        final KyleLambda lambda = new KyleLambda(3);
        assertEquals(4, lambda.warmUpCount());
        // pairs (s*q, p - p_prev): (2, 1), (-1, -0.5), (3, 1.5): y = 0.5 x exactly
        lambda.onTrade(1L, 100.0, 1.0, BUY);
        lambda.onTrade(2L, 101.0, 2.0, BUY);
        lambda.onTrade(3L, 100.5, 1.0, SELL);
        assertEquals(NAN, lambda.value());
        lambda.onTrade(4L, 102.0, 3.0, BUY);
        assertEquals(0.5, lambda.value(), 1e-15);
        // window (3, 1.5), (-1, -0.5), (-1, -1): mean x 1/3, mean y 0;
        // Sxy = sum(x*y) - 3 * (1/3) * 0 = 4.5 + 0.5 + 1 = 6; Sxx = 11 - 3/9 = 32/3; slope = 6 / (32/3) = 0.5625
        lambda.onTrade(5L, 101.0, 1.0, SELL);
        assertEquals(0.5625, lambda.value(), 1e-15);
    }

    @Test
    void shouldRegressMidChangeAfterATradeOnItsSignedVolumeWithQuotes()
    {
        final KyleLambda lambda = new KyleLambda(3);
        lambda.onQuote(1L, 99.0, 1.0, 101.0, 1.0);
        lambda.onTrade(2L, 100.2, 1.0, BUY);
        lambda.onQuote(3L, 99.5, 1.0, 101.5, 1.0);
        lambda.onTrade(4L, 100.0, 2.0, SELL);
        lambda.onQuote(5L, 99.0, 1.0, 101.0, 1.0);
        lambda.onTrade(6L, 100.4, 1.0, BUY);
        lambda.onQuote(7L, 100.0, 1.0, 102.0, 1.0);
        lambda.onTrade(8L, 101.2, 1.0, BUY);
        // pairs (x of trade k-1, mid at k - mid at k-1): (1, 0.5), (-2, -0.5), (1, 1); mean x 0, mean y 1/3;
        // Sxy = 0.5 + 1 + 1 = 2.5; Sxx = 6; slope = 2.5 / 6
        assertEquals(2.5 / 6.0, lambda.value(), 1e-15);
    }

    @Test
    void shouldAverageAbsoluteReturnPerNotional()
    {
        final Amihud amihud = new Amihud(2);
        amihud.onTrade(1L, 100.0, 1.0, UNKNOWN);
        amihud.onTrade(2L, 101.0, 2.0, UNKNOWN);
        amihud.onTrade(3L, 101.0, 0.0, UNKNOWN);
        assertEquals(NAN, amihud.value(), "the zero-size trade adds no term");
        amihud.onTrade(4L, 99.99, 0.5, UNKNOWN);
        // terms |p/p_prev - 1| / (p * q): |101/100 - 1| / (101 * 2) and |99.99/101 - 1| / (99.99 * 0.5)
        final double expected = (Math.abs(101.0 / 100.0 - 1.0) / 202.0 + Math.abs(99.99 / 101.0 - 1.0) / 49.995) / 2;
        assertEquals(expected, amihud.value(), 1e-9 * expected);
        assertEquals(3, amihud.warmUpCount());
    }

    @Test
    void shouldSplitTradesAcrossVolumeBucketsForVpin()
    {
        final Vpin vpin = new Vpin(2.0, 2);
        vpin.onTrade(1L, 100.0, 1.5, BUY);
        // fills bucket 1 with 0.5 sell: |1.5 - 0.5| = 1; 0.5 sell opens bucket 2
        vpin.onTrade(2L, 100.0, 1.0, SELL);
        assertEquals(NAN, vpin.value());
        // 1.5 buy closes bucket 2: |1.5 - 0.5| = 1; bucket 3 all buy: 2; 1.5 buy left open
        vpin.onTrade(3L, 100.0, 5.0, BUY);
        // last 2 buckets: (1 + 2) / (2 * 2)
        assertEquals(0.75, vpin.value());
        // 0.5 sell closes bucket 4: |1.5 - 0.5| = 1 -> (2 + 1) / 4
        vpin.onTrade(4L, 100.0, 0.5, SELL);
        assertEquals(0.75, vpin.value());
        assertEquals(2, vpin.warmUpCount());
    }

    @Test
    void shouldFillManyBucketsFromOneLargeTradeAndSplitUnclassifiedVolume()
    {
        final Vpin vpin = new Vpin(1.0, 2);
        vpin.onTrade(1L, 100.0, 10.5, UNKNOWN);
        // the first trade is unclassified: half buy, half sell, every bucket balanced
        assertEquals(0.0, vpin.value());
        vpin.onTrade(2L, 100.0, 100.0, SELL);
        assertEquals(1.0, vpin.value());
    }

    @Test
    void shouldMeasureTradeRateAndMeanDurationOverTheLastNIntervals()
    {
        final TradeRate rate = new TradeRate(2);
        final Duration duration = new Duration(2);
        final MarketFeatureSet set = new MarketFeatureSet(rate, duration);
        set.onTrade(0L, 100.0, 1.0, UNKNOWN);
        set.onTrade(SECOND_NS, 100.0, 1.0, UNKNOWN);
        assertEquals(NAN, rate.value());
        assertEquals(NAN, duration.value());
        set.onTrade(3 * SECOND_NS / 2, 100.0, 1.0, UNKNOWN);
        // 2 intervals spanning 1.5 s
        assertEquals(2.0 / 1.5, rate.value());
        assertEquals(0.75, duration.value());
        set.onTrade(SECOND_NS, 100.0, 1.0, UNKNOWN);
        assertEquals(1, rate.rejectedCount(), "time went backwards");
        set.onTrade(4 * SECOND_NS, 100.0, 1.0, UNKNOWN);
        // intervals from 1 s to 4 s
        assertEquals(2.0 / 3.0, rate.value());
        assertEquals(1.5, duration.value());
        assertEquals(3, rate.warmUpCount());
    }

    @Test
    void shouldReportNoRateWhenTheWindowSpansNoTime()
    {
        final TradeRate rate = new TradeRate(1);
        final Duration duration = new Duration(1);
        final MarketFeatureSet set = new MarketFeatureSet(rate, duration);
        set.onTrade(5L, 100.0, 1.0, UNKNOWN);
        set.onTrade(5L, 100.0, 1.0, UNKNOWN);
        assertEquals(NAN, rate.value());
        assertFalse(rate.isWarm());
        assertEquals(0.0, duration.value());
        assertTrue(duration.isWarm());
    }
}
