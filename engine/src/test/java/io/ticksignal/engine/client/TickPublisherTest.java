package io.ticksignal.engine.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.aeron.Subscription;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.BarDecoder;
import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookSide;
import io.ticksignal.codecs.sbe.BookUpdateDecoder;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.QuoteDecoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.TradeDecoder;
import io.ticksignal.codecs.wire.MessageValidator;
import io.ticksignal.engine.aeron.AeronSession;
import io.ticksignal.engine.aeron.EmbeddedDriverContext;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NoOpIdleStrategy;
import org.agrona.concurrent.SystemNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TickPublisherTest
{
    private static final String CHANNEL = "aeron:ipc";

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
    void shouldDeliverEveryMessageKindWithExactFields()
    {
        try (Subscription subscription = session.aeron().addSubscription(CHANNEL, 11);
            TickPublisher publisher = TickPublisher.create(session.aeron(), CHANNEL, 11))
        {
            Await.until(publisher::isConnected, "subscriber connected");

            // Just connected, the publication may be back-pressured until the driver first raises its limit.
            final OfferRetry retry = SignalSubscriberTest.retry();
            assertTrue(retry.complete(publisher, publisher.offerTrade(3, 1_385_337_600_000_000_000L, 80_001, -2,
                10_000_000, -8, AggressorSide.SELL, 42)) > 0);
            assertTrue(retry.complete(publisher, publisher.offerQuote(3, 1_385_337_600_000_000_001L, 80_000, -2,
                150_000_000, -8, 80_002, -2, 25_000_000, -8)) > 0);
            assertTrue(retry.complete(publisher, publisher.offerBookUpdate(3, 1_385_337_600_000_000_002L, BookSide.ASK,
                19, BookAction.DELETE, 80_010, -2, 0, -8)) > 0);
            assertTrue(retry.complete(publisher, publisher.offerBar(65_535, 1_357_084_800_000_000_000L,
                86_400_000_000_000L, 55_382, 55_500, 54_163, 54_903, -2, 20_018_500, 0, 7)) > 0);
            assertEquals(4, publisher.sentCount());

            final List<byte[]> frames = new ArrayList<>();
            Await.until(() -> pollInto(subscription, frames) && frames.size() == 4, "four messages");

            assertTrade(frames.get(0));
            assertQuote(frames.get(1));
            assertBookUpdate(frames.get(2));
            assertBar(frames.get(3));
        }
    }

    @Test
    void shouldReturnNotConnectedWithoutASubscriber()
    {
        try (TickPublisher publisher = TickPublisher.create(session.aeron(), CHANNEL, 12))
        {
            final long result = publisher.offerTrade(0, 1, 1, -2, 1, -8, AggressorSide.UNKNOWN, 1);

            assertEquals(OfferResult.NOT_CONNECTED, result);
            assertEquals("NOT_CONNECTED", OfferResult.describe(result));
            assertEquals(1, publisher.notConnectedCount());
            assertEquals(0, publisher.sentCount());
            assertFalse(publisher.awaitConnected(TimeUnit.MILLISECONDS.toNanos(20), new NoOpIdleStrategy(),
                SystemNanoClock.INSTANCE));
        }
    }

    @Test
    void shouldGiveUpOnNotConnectedAtOnceInBackPressureMode()
    {
        try (TickPublisher publisher = TickPublisher.create(session.aeron(), CHANNEL, 13))
        {
            final OfferRetry retry = new OfferRetry(new NoOpIdleStrategy(), SystemNanoClock.INSTANCE,
                TimeUnit.SECONDS.toNanos(5), RetryMode.BACK_PRESSURE);

            final long result = retry.complete(publisher, publisher.offerTrade(0, 1, 1, -2, 1, -8, AggressorSide.BUY, 1));

            assertEquals(OfferResult.NOT_CONNECTED, result);
            assertEquals(0, retry.retries());
        }
    }

    @Test
    void shouldSurfaceBackPressureThenRetryUntilTheSubscriberConsumes()
    {
        final String smallTerm = "aeron:ipc?term-length=64k";
        try (Subscription subscription = session.aeron().addSubscription(smallTerm, 14);
            TickPublisher publisher = TickPublisher.create(session.aeron(), smallTerm, 14))
        {
            Await.until(publisher::isConnected, "subscriber connected");
            long result = SignalSubscriberTest.retry().complete(publisher,
                publisher.offerTrade(0, 0, 100, -2, 1, -8, AggressorSide.BUY, 0));
            assertTrue(result > 0, OfferResult.describe(result));
            int sent = 1;
            do
            {
                result = publisher.offerTrade(0, sent + 1, 100, -2, 1, -8, AggressorSide.BUY, sent + 1);
                sent += result > 0 ? 1 : 0;
            }
            while (result > 0 || OfferResult.ADMIN_ACTION == result);
            assertEquals(OfferResult.BACK_PRESSURED, result);
            assertTrue(sent > 0 && sent <= 65_536 / 64, "sent " + sent);

            final OfferRetry giveUp = new OfferRetry(new NoOpIdleStrategy(), SystemNanoClock.INSTANCE,
                TimeUnit.MILLISECONDS.toNanos(5), RetryMode.BACK_PRESSURE);
            assertEquals(OfferResult.BACK_PRESSURED, giveUp.complete(publisher, result));
            assertEquals(1, giveUp.gaveUp());
            assertTrue(giveUp.lastRetries() >= 1);

            final IdleStrategy drainWhileIdle = new DrainingIdleStrategy(subscription);
            final OfferRetry retry = new OfferRetry(drainWhileIdle, SystemNanoClock.INSTANCE,
                TimeUnit.SECONDS.toNanos(5), RetryMode.BACK_PRESSURE);
            final long completed = retry.complete(publisher, OfferResult.BACK_PRESSURED);

            assertTrue(completed > 0, OfferResult.describe(completed));
            // The driver raises the publication limit on its own duty cycle, so a retry or a few may precede success.
            assertTrue(retry.lastRetries() >= 1);
            assertEquals(retry.lastRetries(), retry.retries());
            assertEquals(0, retry.gaveUp());
            assertTrue(publisher.backPressuredCount() >= 2);
        }
    }

    private static boolean pollInto(final Subscription subscription, final List<byte[]> frames)
    {
        subscription.poll((buffer, offset, length, header) ->
        {
            final byte[] copy = new byte[length];
            buffer.getBytes(offset, copy);
            frames.add(copy);
        }, 10);
        return true;
    }

    private static DirectBuffer validated(final byte[] frame, final int templateId)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(frame);
        final MessageValidator validator = new MessageValidator();
        assertEquals(RejectReason.NONE.value(), validator.validate(buffer, 0, frame.length));
        assertEquals(templateId, validator.templateId());
        assertEquals(frame.length, validator.messageLength());
        return buffer;
    }

    private static void assertTrade(final byte[] frame)
    {
        final TradeDecoder trade = new TradeDecoder()
            .wrapAndApplyHeader(validated(frame, TradeDecoder.TEMPLATE_ID), 0, new MessageHeaderDecoder());
        assertEquals(3, trade.instrumentId());
        assertEquals(1_385_337_600_000_000_000L, trade.timestampNs());
        assertEquals(80_001, trade.price().mantissa());
        assertEquals(-2, trade.price().exponent());
        assertEquals(10_000_000, trade.size().mantissa());
        assertEquals(-8, trade.size().exponent());
        assertEquals(AggressorSide.SELL, trade.aggressor());
        assertEquals(42, trade.tradeId());
    }

    private static void assertQuote(final byte[] frame)
    {
        final QuoteDecoder quote = new QuoteDecoder()
            .wrapAndApplyHeader(validated(frame, QuoteDecoder.TEMPLATE_ID), 0, new MessageHeaderDecoder());
        assertEquals(3, quote.instrumentId());
        assertEquals(1_385_337_600_000_000_001L, quote.timestampNs());
        assertEquals(80_000, quote.bidPrice().mantissa());
        assertEquals(-2, quote.bidPrice().exponent());
        assertEquals(150_000_000, quote.bidSize().mantissa());
        assertEquals(-8, quote.bidSize().exponent());
        assertEquals(80_002, quote.askPrice().mantissa());
        assertEquals(-2, quote.askPrice().exponent());
        assertEquals(25_000_000, quote.askSize().mantissa());
        assertEquals(-8, quote.askSize().exponent());
    }

    private static void assertBookUpdate(final byte[] frame)
    {
        final BookUpdateDecoder update = new BookUpdateDecoder()
            .wrapAndApplyHeader(validated(frame, BookUpdateDecoder.TEMPLATE_ID), 0, new MessageHeaderDecoder());
        assertEquals(3, update.instrumentId());
        assertEquals(1_385_337_600_000_000_002L, update.timestampNs());
        assertEquals(BookSide.ASK, update.side());
        assertEquals(19, update.level());
        assertEquals(BookAction.DELETE, update.action());
        assertEquals(80_010, update.price().mantissa());
        assertEquals(-2, update.price().exponent());
        assertEquals(0, update.size().mantissa());
        assertEquals(-8, update.size().exponent());
    }

    private static void assertBar(final byte[] frame)
    {
        final BarDecoder bar = new BarDecoder()
            .wrapAndApplyHeader(validated(frame, BarDecoder.TEMPLATE_ID), 0, new MessageHeaderDecoder());
        assertEquals(65_535, bar.instrumentId());
        assertEquals(1_357_084_800_000_000_000L, bar.startTimeNs());
        assertEquals(86_400_000_000_000L, bar.intervalNs());
        assertEquals(55_382, bar.openPrice().mantissa());
        assertEquals(55_500, bar.highPrice().mantissa());
        assertEquals(54_163, bar.lowPrice().mantissa());
        assertEquals(54_903, bar.closePrice().mantissa());
        assertEquals(-2, bar.closePrice().exponent());
        assertEquals(-2, bar.openPrice().exponent());
        assertEquals(20_018_500, bar.volume().mantissa());
        assertEquals(0, bar.volume().exponent());
        assertEquals(7, bar.tradeCount());
    }

    /**
     * An idle strategy that drains a subscription when asked to idle: the subscriber consumes
     * exactly while the publisher waits, so a retry succeeds deterministically.
     */
    private static final class DrainingIdleStrategy implements IdleStrategy
    {
        private final Subscription subscription;

        DrainingIdleStrategy(final Subscription subscription)
        {
            this.subscription = subscription;
        }

        @Override
        public void idle(final int workCount)
        {
            idle();
        }

        @Override
        public void idle()
        {
            while (subscription.poll((buffer, offset, length, header) ->
            {
            }, 1000) > 0)
            {
                continue;
            }
        }

        @Override
        public void reset()
        {
        }
    }
}
