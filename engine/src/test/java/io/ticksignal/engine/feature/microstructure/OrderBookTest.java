package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookSide;
import org.junit.jupiter.api.Test;

import static io.ticksignal.codecs.sbe.BookAction.CHANGE;
import static io.ticksignal.codecs.sbe.BookAction.DELETE;
import static io.ticksignal.codecs.sbe.BookAction.NEW;
import static io.ticksignal.codecs.sbe.BookSide.ASK;
import static io.ticksignal.codecs.sbe.BookSide.BID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OrderBookTest
{
    private final OrderBook book = new OrderBook();

    private static double[] prices(final OrderBook book, final BookSide side)
    {
        final double[] prices = new double[book.levels(side)];
        for (int level = 0; level < prices.length; level++)
        {
            prices[level] = book.price(side, level);
        }
        return prices;
    }

    private static double[] sizes(final OrderBook book, final BookSide side)
    {
        final double[] sizes = new double[book.levels(side)];
        for (int level = 0; level < sizes.length; level++)
        {
            sizes[level] = book.size(side, level);
        }
        return sizes;
    }

    private void apply(final BookSide side, final int level, final BookAction action, final double price,
        final double size)
    {
        assertEquals(OrderBook.APPLIED, book.apply(side, level, action, price, size));
    }

    @Test
    void shouldInsertChangeAndDeleteLevelsByIndex()
    {
        apply(BID, 0, NEW, 100.0, 1.0);
        apply(BID, 1, NEW, 98.0, 3.0);
        apply(BID, 1, NEW, 99.0, 2.0);
        assertArrayEquals(new double[]{100.0, 99.0, 98.0}, prices(book, BID));
        assertArrayEquals(new double[]{1.0, 2.0, 3.0}, sizes(book, BID));

        apply(BID, 1, CHANGE, 99.0, 7.0);
        assertArrayEquals(new double[]{1.0, 7.0, 3.0}, sizes(book, BID));

        apply(BID, 0, DELETE, Double.NaN, Double.NaN);
        assertArrayEquals(new double[]{99.0, 98.0}, prices(book, BID));
        assertArrayEquals(new double[]{7.0, 3.0}, sizes(book, BID));

        apply(ASK, 0, NEW, 101.0, 4.0);
        apply(ASK, 1, NEW, 102.0, 5.0);
        assertArrayEquals(new double[]{101.0, 102.0}, prices(book, ASK));
        // quantity over the best 5 levels of a 2-level side: 4 + 5
        assertEquals(9.0, book.quantity(ASK, 5));
        assertEquals(7.0, book.quantity(BID, 1));
        assertEquals(0, book.rejectedCount());
    }

    @Test
    void shouldDropTheDeepestLevelWhenInsertingIntoAFullSide()
    {
        for (int level = 0; level < OrderBook.MAX_DEPTH; level++)
        {
            apply(ASK, level, NEW, 100.0 + level, 1.0 + level);
        }
        apply(ASK, 0, NEW, 99.5, 0.5);
        assertEquals(OrderBook.MAX_DEPTH, book.levels(ASK));
        assertEquals(99.5, book.price(ASK, 0));
        assertEquals(100.0 + OrderBook.MAX_DEPTH - 2, book.price(ASK, OrderBook.MAX_DEPTH - 1));
        assertEquals(OrderBook.REJECTED_LEVEL, book.apply(ASK, OrderBook.MAX_DEPTH, NEW, 200.0, 1.0));
    }

    @Test
    void shouldRejectUpdatesThatLeaveGapsOrNameMissingLevels()
    {
        apply(BID, 0, NEW, 100.0, 1.0);
        assertEquals(OrderBook.REJECTED_LEVEL, book.apply(BID, 2, NEW, 98.0, 1.0));
        assertEquals(OrderBook.REJECTED_LEVEL, book.apply(BID, 1, CHANGE, 98.0, 1.0));
        assertEquals(OrderBook.REJECTED_LEVEL, book.apply(BID, 1, DELETE, 0.0, 0.0));
        assertEquals(OrderBook.REJECTED_LEVEL, book.apply(BID, -1, NEW, 101.0, 1.0));
        assertEquals(OrderBook.REJECTED_LEVEL, book.apply(BookSide.NULL_VAL, 0, NEW, 101.0, 1.0));
        assertEquals(OrderBook.REJECTED_LEVEL, book.apply(BID, 0, BookAction.NULL_VAL, 101.0, 1.0));
        assertEquals(6, book.rejectedCount());
        assertArrayEquals(new double[]{100.0}, prices(book, BID));
    }

    @Test
    void shouldRejectBadPricesAndSizes()
    {
        assertEquals(OrderBook.REJECTED_VALUE, book.apply(BID, 0, NEW, Double.NaN, 1.0));
        assertEquals(OrderBook.REJECTED_VALUE, book.apply(BID, 0, NEW, 0.0, 1.0));
        assertEquals(OrderBook.REJECTED_VALUE, book.apply(BID, 0, NEW, 100.0, 0.0));
        assertEquals(OrderBook.REJECTED_VALUE, book.apply(BID, 0, NEW, 100.0, -1.0));
        assertEquals(OrderBook.REJECTED_VALUE, book.apply(BID, 0, NEW, 100.0, Double.POSITIVE_INFINITY));
        assertEquals(5, book.rejectedCount());
        assertEquals(0, book.levels(BID));
    }

    @Test
    void shouldRejectUpdatesThatBreakPriceOrderOrCrossTheBook()
    {
        apply(BID, 0, NEW, 100.0, 1.0);
        apply(ASK, 0, NEW, 101.0, 1.0);
        assertEquals(OrderBook.REJECTED_ORDER, book.apply(BID, 1, NEW, 100.0, 1.0));
        assertEquals(OrderBook.REJECTED_ORDER, book.apply(ASK, 1, NEW, 100.5, 1.0));
        assertEquals(OrderBook.REJECTED_CROSSED, book.apply(BID, 0, CHANGE, 101.5, 1.0));
        assertEquals(OrderBook.REJECTED_CROSSED, book.apply(ASK, 0, NEW, 99.5, 1.0));
        assertEquals(4, book.rejectedCount());
        apply(BID, 0, CHANGE, 101.0, 2.0);
        assertEquals(101.0, book.price(BID, 0));
    }

    @Test
    void shouldApplyQuoteAsLevelZeroAndDropStaleDeeperLevels()
    {
        apply(BID, 0, NEW, 100.0, 1.0);
        apply(BID, 1, NEW, 99.0, 2.0);
        apply(BID, 2, NEW, 98.0, 3.0);
        assertEquals(OrderBook.APPLIED, book.applyQuote(99.0, 5.0, 99.5, 6.0));
        assertArrayEquals(new double[]{99.0, 98.0}, prices(book, BID));
        assertArrayEquals(new double[]{5.0, 3.0}, sizes(book, BID));
        assertArrayEquals(new double[]{99.5}, prices(book, ASK));
        assertArrayEquals(new double[]{6.0}, sizes(book, ASK));

        assertEquals(OrderBook.REJECTED_CROSSED, book.applyQuote(100.0, 1.0, 99.9, 1.0));
        assertEquals(OrderBook.REJECTED_VALUE, book.applyQuote(Double.NaN, 1.0, 99.9, 1.0));
        assertEquals(2, book.rejectedCount());
        assertEquals(99.0, book.price(BID, 0));
    }

    @Test
    void shouldEmptyOnReset()
    {
        apply(BID, 0, NEW, 100.0, 1.0);
        book.applyQuote(2.0, 1.0, 1.0, 1.0);
        book.reset();
        assertEquals(0, book.levels(BID));
        assertEquals(0, book.levels(ASK));
        assertEquals(0, book.rejectedCount());
    }
}
