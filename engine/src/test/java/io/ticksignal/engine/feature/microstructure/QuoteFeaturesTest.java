package io.ticksignal.engine.feature.microstructure;

import org.junit.jupiter.api.Test;

import static io.ticksignal.codecs.sbe.BookAction.DELETE;
import static io.ticksignal.codecs.sbe.BookAction.NEW;
import static io.ticksignal.codecs.sbe.BookSide.ASK;
import static io.ticksignal.codecs.sbe.BookSide.BID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-computed values of the quote and depth features; exact unless a tolerance is stated.
 */
class QuoteFeaturesTest
{
    private static final double NAN = Double.NaN;

    @Test
    void shouldComputeTopOfBookFeaturesFromTheLatestQuote()
    {
        final Spread spread = new Spread();
        final Mid mid = new Mid();
        final RelSpread relSpread = new RelSpread();
        final Microprice microprice = new Microprice();
        final MarketFeatureSet set = new MarketFeatureSet(spread, mid, relSpread, microprice);
        assertEquals(NAN, spread.value());
        assertFalse(mid.isWarm());

        set.onQuote(1L, 100.0, 2.0, 101.0, 6.0);
        assertEquals(1.0, spread.value());
        assertEquals(100.5, mid.value());
        // rel_spread = 10000 * (ask - bid) / mid = 10000 * 1 / 100.5
        assertEquals(10_000.0 / 100.5, relSpread.value(), 1e-12);
        // microprice = (bid * askSize + ask * bidSize) / (bidSize + askSize) = (100*6 + 101*2) / 8
        assertEquals(100.25, microprice.value());
        assertTrue(microprice.isWarm());
        assertEquals(1, microprice.warmUpCount());
        assertEquals("value", microprice.outputName(0));
        assertEquals(1, microprice.outputCount());
    }

    @Test
    void shouldUseThePlainMidAsMicropriceWhenBothSizesAreZero()
    {
        final Microprice microprice = new Microprice();
        microprice.onQuote(1L, 100.0, 0.0, 102.0, 0.0);
        assertEquals(101.0, microprice.value());
    }

    @Test
    void shouldAcceptLockedQuotesAndRejectCrossedOrBadOnes()
    {
        final Spread spread = new Spread();
        spread.onQuote(1L, 100.0, 1.0, 100.0, 1.0);
        assertEquals(0.0, spread.value());
        spread.onQuote(2L, 100.5, 1.0, 100.0, 1.0);
        spread.onQuote(3L, NAN, 1.0, 100.0, 1.0);
        spread.onQuote(4L, 99.0, -1.0, 100.0, 1.0);
        spread.onQuote(5L, 0.0, 1.0, 100.0, 1.0);
        spread.onQuote(6L, 99.0, 1.0, Double.POSITIVE_INFINITY, 1.0);
        assertEquals(5, spread.rejectedCount());
        assertEquals(0.0, spread.value());
        spread.reset();
        assertEquals(NAN, spread.value());
        assertEquals(0, spread.rejectedCount());
    }

    @Test
    void shouldSumCkOrderFlowImbalanceOverTheLastNQuoteUpdates()
    {
        // e = 1{Pb>=Pb'} qb - 1{Pb<=Pb'} qb' - 1{Pa<=Pa'} qa + 1{Pa>=Pa'} qa'
        final Ofi ofi = new Ofi(2);
        assertEquals(3, ofi.warmUpCount());
        ofi.onQuote(1L, 100.0, 5.0, 101.0, 4.0);
        // bid and ask unchanged in price: e1 = (7 - 5) + (-4 + 4) = 2
        ofi.onQuote(2L, 100.0, 7.0, 101.0, 4.0);
        assertEquals(NAN, ofi.value());
        // bid up: +3; ask unchanged: -6 + 4: e2 = 1
        ofi.onQuote(3L, 100.5, 3.0, 101.0, 6.0);
        assertEquals(2.0 + 1.0, ofi.value());
        assertTrue(ofi.isWarm());
        // bid unchanged: 3 - 3; ask down: -2: e3 = -2
        ofi.onQuote(4L, 100.5, 3.0, 100.8, 2.0);
        assertEquals(1.0 - 2.0, ofi.value());
        // bid down: -3; ask unchanged: -1 + 2: e4 = -2
        ofi.onQuote(5L, 100.0, 4.0, 100.8, 1.0);
        assertEquals(-2.0 - 2.0, ofi.value());
        // a crossed quote neither counts nor becomes the previous quote
        ofi.onQuote(6L, 101.0, 4.0, 100.0, 1.0);
        assertEquals(1, ofi.rejectedCount());
        // against (100, 4, 100.8, 1): bid unchanged: 5 - 4; ask unchanged: -1 + 1: e5 = 1
        ofi.onQuote(7L, 100.0, 5.0, 100.8, 1.0);
        assertEquals(-2.0 + 1.0, ofi.value());
    }

    @Test
    void shouldComputeImbalanceAndDepthOverTheTopLevelsOfTheBook()
    {
        final Imbalance imbalance2 = new Imbalance(2);
        final Imbalance imbalance1 = new Imbalance(1);
        final Depth depth2 = new Depth(2);
        final Mid mid = new Mid();
        final MarketFeatureSet set = new MarketFeatureSet(imbalance2, imbalance1, depth2, mid);

        set.onBookUpdate(1L, BID, 0, NEW, 100.0, 3.0);
        assertEquals(NAN, imbalance2.value());
        assertEquals(NAN, depth2.value());
        set.onBookUpdate(2L, ASK, 0, NEW, 101.0, 1.0);
        // (bidQty - askQty) / (bidQty + askQty) = (3 - 1) / (3 + 1)
        assertEquals(0.5, imbalance2.value());
        assertEquals(4.0, depth2.value());
        assertEquals(100.5, mid.value());

        set.onBookUpdate(3L, BID, 1, NEW, 99.0, 5.0);
        assertEquals((8.0 - 1.0) / 9.0, imbalance2.value());
        assertEquals(0.5, imbalance1.value());
        set.onBookUpdate(4L, ASK, 0, NEW, 100.5, 2.0);
        assertEquals((8.0 - 3.0) / 11.0, imbalance2.value());
        assertEquals(100.25, mid.value());
        // bids now 100.2@1, 100@3, 99@5: the top two hold 4
        set.onBookUpdate(5L, BID, 0, NEW, 100.2, 1.0);
        assertEquals((4.0 - 3.0) / 7.0, imbalance2.value());
        assertEquals((1.0 - 2.0) / 3.0, imbalance1.value());
        assertEquals(7.0, depth2.value());
        // asks now 101@1 only
        set.onBookUpdate(6L, ASK, 0, DELETE, 0.0, 0.0);
        assertEquals((4.0 - 1.0) / 5.0, imbalance2.value());
        assertEquals(0.5 * (100.2 + 101.0), mid.value());
        set.onBookUpdate(7L, ASK, 0, DELETE, 0.0, 0.0);
        assertEquals(NAN, imbalance2.value());
        assertFalse(depth2.isWarm());
        assertEquals(0, imbalance2.rejectedCount());
    }

    @Test
    void shouldTakeQuotesAsTheFirstLevelOfTheBook()
    {
        final Imbalance imbalance = new Imbalance(5);
        final Depth depth = new Depth(5);
        final MarketFeatureSet set = new MarketFeatureSet(imbalance, depth);
        set.onQuote(1L, 100.0, 2.0, 101.0, 6.0);
        // (2 - 6) / (2 + 6)
        assertEquals(-0.5, imbalance.value());
        assertEquals(8.0, depth.value());
        assertEquals(OrderBook.REJECTED_CROSSED, set.onQuote(2L, 102.0, 2.0, 101.0, 6.0));
        assertEquals(-0.5, imbalance.value());
        assertEquals(1, set.book().rejectedCount());
        set.reset();
        assertEquals(NAN, depth.value());
        assertEquals(0, set.book().levels(BID));
    }
}
