package io.ticksignal.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.aeron.Publication;
import io.aeron.Subscription;
import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.SignalEncoder;
import io.ticksignal.engine.aeron.AeronSession;
import io.ticksignal.engine.aeron.EmbeddedDriverContext;
import io.ticksignal.engine.client.SignalSubscriber;
import io.ticksignal.engine.counters.CountersFile;
import io.ticksignal.engine.counters.EngineCounters;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.NoOpIdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.SystemEpochClock;
import org.agrona.concurrent.SystemNanoClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AeronSignalSinkTest
{
    @TempDir
    Path temp;

    private AeronSession session;
    private CountersFile countersFile;
    private EngineCounters counters;
    private final ExpandableArrayBuffer signal = new ExpandableArrayBuffer();
    private int signalLength;

    @BeforeEach
    void setUp()
    {
        session = AeronSession.launchEmbedded(EmbeddedDriverContext.defaults(temp.resolve("aeron")), null);
        countersFile = CountersFile.create(temp.resolve("counters.dat"), "sink-test", 64, SystemEpochClock.INSTANCE);
        counters = new EngineCounters(countersFile.countersManager());
        final SignalEncoder encoder = new SignalEncoder().wrapAndApplyHeader(signal, 0, new MessageHeaderEncoder())
            .instrumentId(0).eventTimeNs(1).direction(Direction.BUY).confidence(0.75).modelId("m").modelVersion(1)
            .engineSequence(7).ingressToDecisionNs(100);
        encoder.probabilitiesCount(1).next().label("UP").probability(0.75);
        signalLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
    }

    @AfterEach
    void tearDown()
    {
        counters.close();
        countersFile.close();
        session.close();
    }

    @Test
    void shouldCountNotConnectedWithoutRetrying()
    {
        try (Publication publication = session.aeron().addExclusivePublication("aeron:ipc", 41))
        {
            final AeronSignalSink sink = new AeronSignalSink(publication, counters, new NoOpIdleStrategy(),
                SystemNanoClock.INSTANCE, TimeUnit.SECONDS.toNanos(10));

            sink.onSignal(7, signal, 0, signalLength);

            assertEquals(1, sink.unpublished());
            assertEquals(0, sink.published());
            assertEquals(1, counters.publishNotConnected().get());
            assertEquals(0, counters.publishBackPressured().get());
        }
    }

    @Test
    void shouldPublishSignalsAStrategyReceives()
    {
        final long[] sequences = new long[1];
        try (Publication publication = session.aeron().addExclusivePublication("aeron:ipc", 42);
            SignalSubscriber subscriber = SignalSubscriber.create(session.aeron(), "aeron:ipc", 42,
                (instrumentId, eventTimeNs, direction, confidence, modelVersion, engineSequence, latencyNs, view) ->
                    sequences[0] = engineSequence))
        {
            await(publication::isConnected);
            final AeronSignalSink sink = new AeronSignalSink(publication, counters,
                new SleepingIdleStrategy(TimeUnit.MICROSECONDS.toNanos(100)), SystemNanoClock.INSTANCE,
                TimeUnit.SECONDS.toNanos(5));

            sink.onSignal(7, signal, 0, signalLength);
            await(() -> subscriber.poll(10) >= 0 && subscriber.signalsReceived() == 1);

            assertEquals(1, sink.published());
            assertEquals(0, sink.unpublished());
            assertEquals(7, sequences[0]);
            assertEquals(0, counters.publishNotConnected().get());
        }
    }

    @Test
    void shouldGiveUpOnABackPressuredSignalWithinTheBoundAndCountIt()
    {
        try (Subscription subscription = session.aeron().addSubscription("aeron:ipc?term-length=64k", 43);
            Publication publication = session.aeron().addExclusivePublication("aeron:ipc?term-length=64k", 43))
        {
            await(publication::isConnected);
            await(() -> publication.offer(signal, 0, signalLength) > 0);
            final AeronSignalSink sink = new AeronSignalSink(publication, counters, new NoOpIdleStrategy(),
                SystemNanoClock.INSTANCE, TimeUnit.MILLISECONDS.toNanos(1));

            for (int i = 0; i < 10_000 && 0 == sink.unpublished(); i++)
            {
                sink.onSignal(i, signal, 0, signalLength);
            }

            assertEquals(1, sink.unpublished());
            assertTrue(sink.published() > 0);
            assertTrue(counters.publishBackPressured().get() >= 1);
            assertEquals(0, counters.publishNotConnected().get());
            assertEquals(43, subscription.streamId());
        }
    }

    private static void await(final BooleanSupplier condition)
    {
        final SleepingIdleStrategy idle = new SleepingIdleStrategy(TimeUnit.MICROSECONDS.toNanos(100));
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                throw new AssertionError("timed out");
            }
            idle.idle();
        }
    }
}
