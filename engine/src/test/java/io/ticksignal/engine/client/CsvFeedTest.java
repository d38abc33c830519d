package io.ticksignal.engine.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.aeron.Subscription;
import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.BarDecoder;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.QuoteDecoder;
import io.ticksignal.codecs.sbe.TradeDecoder;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataFormat;
import io.ticksignal.codecs.text.MarketDataFormatException;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.config.InstrumentConfig;
import io.ticksignal.engine.aeron.AeronSession;
import io.ticksignal.engine.aeron.EmbeddedDriverContext;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.NoOpIdleStrategy;
import org.agrona.concurrent.SystemNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFeedTest
{
    private static final String CHANNEL = "aeron:ipc";
    private static final InstrumentConfig AAPL = new InstrumentConfig(1, "AAPL", 2, 0, Optional.empty());
    private static final InstrumentConfig BTC_USD = new InstrumentConfig(0, "BTC-USD", 2, 8, Optional.empty());
    private static final long ONE_DAY_NS = TimeUnit.DAYS.toNanos(1);

    @TempDir
    static Path temp;

    private static AeronSession session;

    @BeforeAll
    static void launchDriver()
    {
        session = AeronSession.launchEmbedded(EmbeddedDriverContext.defaults(temp.resolve("aeron")), null);
    }

    @AfterAll
    static void closeDriver()
    {
        session.close();
    }

    @Test
    void shouldLearnTheIntervalOfDailyBars()
    {
        try (MarketDataReader bars = MarketDataSet.AAPL_DAILY_BARS.openReader(BadRowPolicy.FAIL))
        {
            assertEquals(ONE_DAY_NS, CsvFeed.smallestGapNs(bars));
        }
    }

    @Test
    void shouldSendEveryAppleBarAtExactFixedPoint()
    {
        final List<byte[]> frames = new ArrayList<>();
        try (Subscription subscription = session.aeron().addSubscription(CHANNEL, 31);
            TickPublisher publisher = TickPublisher.create(session.aeron(), CHANNEL, 31);
            MarketDataReader bars = MarketDataSet.AAPL_DAILY_BARS.openReader(BadRowPolicy.FAIL))
        {
            Await.until(publisher::isConnected, "subscriber connected");
            final FeedSummary summary = newFeed(publisher, FeedSpeed.MAX, SystemNanoClock.INSTANCE, new NoOpIdleStrategy())
                .run(bars, AAPL, ONE_DAY_NS, Long.MAX_VALUE, FeedProgress.NONE);

            assertEquals(252, summary.messagesSent());
            assertEquals(1_357_084_800_000_000_000L, summary.firstEventTimeNs());
            Await.until(() -> poll(subscription, frames) && frames.size() == 252, "252 bars");
        }

        final BarDecoder first = bar(frames.get(0));
        assertEquals(1, first.instrumentId());
        assertEquals(1_357_084_800_000_000_000L, first.startTimeNs());
        assertEquals(ONE_DAY_NS, first.intervalNs());
        assertEquals(55_382, first.openPrice().mantissa());
        assertEquals(55_500, first.highPrice().mantissa());
        assertEquals(54_163, first.lowPrice().mantissa());
        assertEquals(54_903, first.closePrice().mantissa());
        assertEquals(-2, first.closePrice().exponent());
        assertEquals(20_018_500, first.volume().mantissa());
        assertEquals(0, first.volume().exponent());
        assertEquals(0, first.tradeCount());
        final BarDecoder last = bar(frames.get(251));
        assertEquals(55_417, last.openPrice().mantissa());
        assertEquals(56_102, last.closePrice().mantissa());
        assertEquals(7_967_300, last.volume().mantissa());
    }

    @Test
    void shouldNumberTradesFromOneWithAnUnknownAggressor()
    {
        final List<byte[]> frames = new ArrayList<>();
        try (Subscription subscription = session.aeron().addSubscription(CHANNEL, 32);
            TickPublisher publisher = TickPublisher.create(session.aeron(), CHANNEL, 32);
            MarketDataReader trades = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            Await.until(publisher::isConnected, "subscriber connected");
            final FeedSummary summary = newFeed(publisher, FeedSpeed.MAX, SystemNanoClock.INSTANCE, new NoOpIdleStrategy())
                .run(trades, BTC_USD, 0, 1000, FeedProgress.NONE);

            assertEquals(1000, summary.messagesSent());
            assertEquals(1_385_346_348_000_000_000L, summary.lastEventTimeNs());
            Await.until(() -> poll(subscription, frames) && frames.size() == 1000, "1000 trades");
        }

        final TradeDecoder first = trade(frames.get(0));
        assertEquals(0, first.instrumentId());
        assertEquals(1_385_337_600_000_000_000L, first.timestampNs());
        assertEquals(80_001, first.price().mantissa());
        assertEquals(-2, first.price().exponent());
        assertEquals(10_000_000, first.size().mantissa());
        assertEquals(-8, first.size().exponent());
        assertEquals(AggressorSide.UNKNOWN, first.aggressor());
        assertEquals(1, first.tradeId());
        final TradeDecoder last = trade(frames.get(999));
        assertEquals(80_801, last.price().mantissa());
        assertEquals(27_900_000, last.size().mantissa());
        assertEquals(1000, last.tradeId());
    }

    @Test
    void shouldContinueAfterSkippedRowsWithTheRowsOwnTradeIds()
    {
        final List<byte[]> frames = new ArrayList<>();
        try (Subscription subscription = session.aeron().addSubscription(CHANNEL, 33);
            TickPublisher publisher = TickPublisher.create(session.aeron(), CHANNEL, 33);
            MarketDataReader trades = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            Await.until(publisher::isConnected, "subscriber connected");
            final FeedSummary summary = newFeed(publisher, FeedSpeed.MAX, SystemNanoClock.INSTANCE, new NoOpIdleStrategy())
                .run(trades, BTC_USD, 0, 999, 1, FeedProgress.NONE);

            assertEquals(1, summary.messagesSent());
            Await.until(() -> poll(subscription, frames) && frames.size() == 1, "1 trade");
        }
        // Row 1000 of the file: the same trade, id and all, as the last of the first 1000 in the test above.
        final TradeDecoder only = trade(frames.get(0));
        assertEquals(80_801, only.price().mantissa());
        assertEquals(27_900_000, only.size().mantissa());
        assertEquals(1_385_346_348_000_000_000L, only.timestampNs());
        assertEquals(1000, only.tradeId());
    }

    @Test
    void shouldPaceByTheDataTimeDividedByTheSpeed()
    {
        final SteppingClock clock = new SteppingClock(TimeUnit.MILLISECONDS.toNanos(1));
        try (Subscription subscription = session.aeron().addSubscription(CHANNEL, 33);
            TickPublisher publisher = TickPublisher.create(session.aeron(), CHANNEL, 33);
            MarketDataReader bars = MarketDataSet.AAPL_DAILY_BARS.openReader(BadRowPolicy.FAIL))
        {
            Await.until(publisher::isConnected, "subscriber connected");
            // One day of data per millisecond; the clock moves 1 ms per idle, so waits end exactly on time.
            final FeedSummary summary = newFeed(publisher, FeedSpeed.times(ONE_DAY_NS / 1e6), clock, clock)
                .run(bars, AAPL, ONE_DAY_NS, Long.MAX_VALUE, FeedProgress.NONE);

            assertEquals(252, summary.messagesSent());
            assertEquals(TimeUnit.MILLISECONDS.toNanos(363), summary.elapsedNs(), "2013-01-02 to 2013-12-31");
            assertEquals(363, clock.idles);
            assertEquals(252, publisher.sentCount());
            final List<byte[]> frames = new ArrayList<>();
            Await.until(() -> poll(subscription, frames) && frames.size() == 252, "252 bars");
        }
    }

    @Test
    void shouldSendQuotesAtTheInstrumentScale()
    {
        final String csv = "timestamp,bid,bid_size,ask,ask_size\n" +
            "2024-01-02T10:00:00Z,1.10005,1000000,1.1001,2500000.5\n";
        final InstrumentConfig eurUsd = new InstrumentConfig(4, "EUR-USD", 5, 1, Optional.empty());
        final List<byte[]> frames = new ArrayList<>();
        try (Subscription subscription = session.aeron().addSubscription(CHANNEL, 34);
            TickPublisher publisher = TickPublisher.create(session.aeron(), CHANNEL, 34);
            MarketDataReader quotes = MarketDataFormat.QUOTES.open(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "quotes.csv", BadRowPolicy.FAIL))
        {
            Await.until(publisher::isConnected, "subscriber connected");
            newFeed(publisher, FeedSpeed.MAX, SystemNanoClock.INSTANCE, new NoOpIdleStrategy())
                .run(quotes, eurUsd, 0, Long.MAX_VALUE, FeedProgress.NONE);
            Await.until(() -> poll(subscription, frames) && frames.size() == 1, "one quote");
        }

        final QuoteDecoder quote = new QuoteDecoder()
            .wrapAndApplyHeader(new UnsafeBuffer(frames.get(0)), 0, new MessageHeaderDecoder());
        assertEquals(4, quote.instrumentId());
        assertEquals(1_704_189_600_000_000_000L, quote.timestampNs());
        assertEquals(110_005, quote.bidPrice().mantissa());
        assertEquals(-5, quote.bidPrice().exponent());
        assertEquals(10_000_000, quote.bidSize().mantissa());
        assertEquals(-1, quote.bidSize().exponent());
        assertEquals(110_010, quote.askPrice().mantissa());
        assertEquals(25_000_005, quote.askSize().mantissa());
    }

    @Test
    void shouldRejectAPriceThatIsNotExactAtTheInstrumentScale()
    {
        final String csv = "timestamp,price,amount\n1385337600,800.015,1\n";
        try (TickPublisher publisher = TickPublisher.create(session.aeron(), CHANNEL, 35);
            MarketDataReader trades = MarketDataFormat.TRADES.open(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "trades.csv", BadRowPolicy.FAIL))
        {
            final CsvFeed feed = newFeed(publisher, FeedSpeed.MAX, SystemNanoClock.INSTANCE, new NoOpIdleStrategy());
            final MarketDataFormatException ex = assertThrows(MarketDataFormatException.class,
                () -> feed.run(trades, BTC_USD, 0, Long.MAX_VALUE, FeedProgress.NONE));
            assertTrue(ex.getMessage().contains("trades.csv"), ex.getMessage());
            assertEquals(0, publisher.sentCount());
        }
    }

    @Test
    void shouldFailWithAClearMessageWhenNobodySubscribes()
    {
        try (TickPublisher publisher = TickPublisher.create(session.aeron(), CHANNEL, 36);
            MarketDataReader bars = MarketDataSet.AAPL_DAILY_BARS.openReader(BadRowPolicy.FAIL))
        {
            final FeedException ex = assertThrows(FeedException.class, () -> newFeed(publisher, FeedSpeed.MAX,
                SystemNanoClock.INSTANCE, new NoOpIdleStrategy()).run(bars, AAPL, ONE_DAY_NS, 10, FeedProgress.NONE));

            assertEquals(0, ex.messagesSent());
            assertTrue(ex.getMessage().contains("NOT_CONNECTED (the subscriber went away)"), ex.getMessage());
        }
    }

    private static CsvFeed newFeed(
        final TickPublisher publisher, final FeedSpeed speed, final NanoClock clock, final IdleStrategy pacing)
    {
        final OfferRetry retry = new OfferRetry(new NoOpIdleStrategy(), SystemNanoClock.INSTANCE,
            TimeUnit.MILLISECONDS.toNanos(50), RetryMode.BACK_PRESSURE_AND_NOT_CONNECTED);
        return new CsvFeed(publisher, retry, speed, clock, pacing);
    }

    private static boolean poll(final Subscription subscription, final List<byte[]> frames)
    {
        subscription.poll((buffer, offset, length, header) ->
        {
            final byte[] copy = new byte[length];
            buffer.getBytes(offset, copy);
            frames.add(copy);
        }, 256);
        return true;
    }

    private static BarDecoder bar(final byte[] frame)
    {
        return new BarDecoder().wrapAndApplyHeader(new UnsafeBuffer(frame), 0, new MessageHeaderDecoder());
    }

    private static TradeDecoder trade(final byte[] frame)
    {
        return new TradeDecoder().wrapAndApplyHeader(new UnsafeBuffer(frame), 0, new MessageHeaderDecoder());
    }

    /**
     * A clock that moves only when idled: each idle advances it by a fixed step.
     */
    private static final class SteppingClock implements NanoClock, IdleStrategy
    {
        private final long stepNs;
        private long nowNs = 1_000_000_000L;
        private int idles;

        SteppingClock(final long stepNs)
        {
            this.stepNs = stepNs;
        }

        @Override
        public long nanoTime()
        {
            return nowNs;
        }

        @Override
        public void idle(final int workCount)
        {
            if (workCount <= 0)
            {
                idle();
            }
        }

        @Override
        public void idle()
        {
            idles++;
            nowNs += stepNs;
        }

        @Override
        public void reset()
        {
        }
    }
}
