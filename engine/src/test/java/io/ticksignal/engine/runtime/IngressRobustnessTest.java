package io.ticksignal.engine.runtime;

import static io.ticksignal.engine.runtime.RuntimeFixtures.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import io.aeron.ExclusivePublication;
import io.aeron.Publication;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.QuoteEncoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.TradeEncoder;
import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.pipeline.EngineEvent;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingress under pressure and under bad input: a tiny ring behind a stalled consumer, a signal stream nobody reads,
 * malformed and semantically bad frames over the wire.
 */
class IngressRobustnessTest
{
    private static final int TINY_RING = 64;

    @TempDir
    Path temp;

    @Test
    void shouldStopPollingOnAFullRingAndStillJournalEveryInputOnce() throws InterruptedException
    {
        final TicksignalConfig config = RuntimeFixtures.demoConfig(temp, temp.resolve("journal"), TINY_RING);
        final List<byte[]> frames = BitstampFrames.first(2_000, RuntimeFixtures.BTC_USD);
        final GateIdleStrategy gate = new GateIdleStrategy();
        final EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config)
            .pipelineIdleStrategy(gate).drainLimit(8));
        try
        {
            try (ExclusivePublication publication = publication(engine, config.aeron().marketData()))
            {
                final Thread feeder = new Thread(() -> offerAll(publication, frames), "test-feeder");
                feeder.start();
                // The consumer is held: the ring fills, ingress stops polling and the feed waits in Aeron.
                await(() -> engine.counters().ringFill().get() == TINY_RING, 10, "a full ring");
                await(() -> engine.ringFullPauses() > 0, 10, "a counted pause");
                gate.open();
                feeder.join(TimeUnit.SECONDS.toMillis(30));
                assertTrue(!feeder.isAlive(), "the feed finished");
            }
            await(() -> engine.counters().inputsReceived().get() == frames.size(), 30, "every input");
        }
        finally
        {
            gate.open();
            engine.close();
        }

        final JournalContents journal = JournalContents.read(config.journal().directory());
        final List<JournalContents.Entry> inputs = journal.inputs();
        assertEquals(LongStream.rangeClosed(1, frames.size()).boxed().toList(),
            inputs.stream().map(JournalContents.Entry::engineSequence).toList());
        for (int i = 0; i < frames.size(); i++)
        {
            assertEquals(EventKind.INPUT, inputs.get(i).kind());
            assertArrayEquals(frames.get(i), inputs.get(i).payload(), "input " + (i + 1));
        }
        assertTrue(engine.summary().ringFullPauses() > 0, engine.summary().lines().toString());
        assertEquals(0, engine.summary().errors(), engine.summary().distinctErrors().toString());
    }

    @Test
    void shouldCountSignalsNobodySubscribesToWithoutHoldingIngestion()
    {
        final TicksignalConfig config = RuntimeFixtures.demoConfig(temp);
        final List<byte[]> frames = BitstampFrames.first(5_000, RuntimeFixtures.BTC_USD);
        final EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config));
        try (ExclusivePublication publication = publication(engine, config.aeron().marketData()))
        {
            offerAll(publication, frames);
            await(() -> engine.counters().inputsReceived().get() == frames.size(), 30, "every input");
        }
        finally
        {
            engine.close();
        }

        final EngineSummary summary = engine.summary();
        final int journaled = JournalContents.read(config.journal().directory()).of(EventKind.OUTPUT).size();
        assertTrue(journaled > 0);
        assertEquals(journaled, summary.signals());
        assertEquals(0, summary.signalsPublished());
        assertEquals(journaled, summary.signalsUnpublished());
        assertEquals(journaled, summary.publishNotConnected());
        assertEquals(0, summary.publishBackPressured());
    }

    @Test
    void shouldJournalAndCountBadFramesWithTheirReasonsAndKeepRunning()
    {
        final TicksignalConfig config = RuntimeFixtures.demoConfig(temp);
        final Frames frames = new Frames();
        final List<byte[]> sent = List.of(
            frames.trade(0, 1_000, 42_755, 1),
            frames.trade(0, 2_000, 42_760, 2),
            frames.prefix(frames.trade(0, 3_000, 42_770, 3), 20),
            frames.withSchemaId(frames.trade(0, 3_000, 42_770, 3), 99),
            new byte[EngineEvent.INPUT_CAPACITY + 44],
            frames.trade(7, 3_000, 42_770, 3),
            frames.trade(0, 3_000, -5, 3),
            frames.trade(0, 3_000, 42_770, 2),
            frames.trade(0, 1_500, 42_770, 3),
            frames.quote(0, 3_000, 42_780, 42_770),
            frames.trade(0, 3_000, 42_770, 3));
        final EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config));
        try (ExclusivePublication publication = publication(engine, config.aeron().marketData()))
        {
            offerAll(publication, sent);
            await(() -> engine.counters().inputsReceived().get() == sent.size(), 30, "every frame");
        }
        finally
        {
            engine.close();
        }

        final JournalContents journal = JournalContents.read(config.journal().directory());
        final List<String> outcomes = journal.inputs().stream()
            .map(entry -> entry.kind() == EventKind.INPUT ? "accepted" :
                RejectReason.get((short)entry.rejectReason()).name())
            .toList();
        assertEquals(List.of("accepted", "accepted", "TRUNCATED", "UNKNOWN_SCHEMA", "MALFORMED",
            "UNKNOWN_INSTRUMENT", "INVALID_PRICE", "DUPLICATE_TRADE_ID", "TIME_BACKWARDS", "CROSSED_QUOTE",
            "accepted"), outcomes);
        final List<JournalContents.Entry> inputs = journal.inputs();
        assertArrayEquals(sent.get(2), inputs.get(2).payload(), "a rejected frame is journaled as received");
        final EngineSummary summary = engine.summary();
        assertEquals(3, summary.inputsAccepted());
        assertEquals(8, summary.inputsRejected());
        assertEquals(Map.of("TRUNCATED", 1L, "UNKNOWN_SCHEMA", 1L, "MALFORMED", 1L, "UNKNOWN_INSTRUMENT", 1L,
            "INVALID_PRICE", 1L, "DUPLICATE_TRADE_ID", 1L, "TIME_BACKWARDS", 1L, "CROSSED_QUOTE", 1L),
            summary.rejectedByReason());
        assertEquals(journal.rejectedByReason(), new TreeMap<>(summary.rejectedByReason()));
        assertEquals(0, summary.errors(), summary.distinctErrors().toString());
    }

    static ExclusivePublication publication(final EngineRuntime engine, final AeronStreamConfig stream)
    {
        final ExclusivePublication publication =
            engine.aeron().addExclusivePublication(stream.channel(), stream.streamId());
        await(publication::isConnected, 10, "the engine to subscribe");
        return publication;
    }

    static void offerAll(final ExclusivePublication publication, final List<byte[]> frames)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
        for (final byte[] frame : frames)
        {
            buffer.wrap(frame);
            final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            long result;
            while ((result = publication.offer(buffer, 0, frame.length)) < 0)
            {
                if (result != Publication.BACK_PRESSURED && result != Publication.ADMIN_ACTION)
                {
                    throw new AssertionError("offer failed: " + result);
                }
                if (System.nanoTime() - deadlineNs > 0)
                {
                    throw new AssertionError("back-pressured for 20 s");
                }
                Thread.onSpinWait();
            }
        }
    }

    /**
     * Holds the pipeline thread in its first idle call until opened: a consumer that has stalled.
     */
    private static final class GateIdleStrategy implements IdleStrategy
    {
        private final CountDownLatch open = new CountDownLatch(1);

        void open()
        {
            open.countDown();
        }

        @Override
        public void idle(final int workCount)
        {
            idle();
        }

        @Override
        public void idle()
        {
            try
            {
                open.await();
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void reset()
        {
        }
    }

    /**
     * Encodes test frames.
     */
    private static final class Frames
    {
        private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        private final MessageHeaderEncoder header = new MessageHeaderEncoder();

        byte[] trade(final long instrumentId, final long timeNs, final long priceCents, final long tradeId)
        {
            final TradeEncoder trade = new TradeEncoder().wrapAndApplyHeader(buffer, 0, header)
                .instrumentId(instrumentId).timestampNs(timeNs).aggressor(AggressorSide.BUY).tradeId(tradeId);
            trade.price().mantissa(priceCents).exponent((byte)-2);
            trade.size().mantissa(150_000_000L).exponent((byte)-8);
            return copy(MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength());
        }

        byte[] quote(final long instrumentId, final long timeNs, final long bidCents, final long askCents)
        {
            final QuoteEncoder quote = new QuoteEncoder().wrapAndApplyHeader(buffer, 0, header)
                .instrumentId(instrumentId).timestampNs(timeNs);
            quote.bidPrice().mantissa(bidCents).exponent((byte)-2);
            quote.bidSize().mantissa(1).exponent((byte)0);
            quote.askPrice().mantissa(askCents).exponent((byte)-2);
            quote.askSize().mantissa(1).exponent((byte)0);
            return copy(MessageHeaderEncoder.ENCODED_LENGTH + quote.encodedLength());
        }

        byte[] prefix(final byte[] frame, final int length)
        {
            return Arrays.copyOf(frame, length);
        }

        byte[] withSchemaId(final byte[] frame, final int schemaId)
        {
            final byte[] copy = frame.clone();
            new MessageHeaderEncoder().wrap(new UnsafeBuffer(copy), 0).schemaId(schemaId);
            return copy;
        }

        private byte[] copy(final int length)
        {
            final byte[] frame = new byte[length];
            buffer.getBytes(0, frame);
            return frame;
        }
    }
}
