package io.ticksignal.engine.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.aeron.Publication;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.SignalEncoder;
import io.ticksignal.engine.aeron.AeronSession;
import io.ticksignal.engine.aeron.EmbeddedDriverContext;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.SystemNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalSubscriberTest
{
    private static final String CHANNEL = "aeron:ipc";

    @TempDir
    static Path temp;

    private static AeronSession session;

    private final List<String> received = new ArrayList<>();
    private final List<double[]> probabilities = new ArrayList<>();

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
    void shouldDeliverSignalsAsPrimitivesAndCountWhatIsNotASignal()
    {
        try (SignalSubscriber subscriber = SignalSubscriber.create(session.aeron(), CHANNEL, 21, this::record);
            Publication publication = session.aeron().addExclusivePublication(CHANNEL, 21);
            TickPublisher ticks = new TickPublisher(session.aeron().addExclusivePublication(CHANNEL, 21)))
        {
            Await.until(() -> publication.isConnected() && ticks.isConnected(), "publications connected");
            final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer();

            int length = encodeSignal(buffer, 7, 1_385_337_613_000_000_000L, Direction.BUY, 0.75, "rsi-rule", 3, 1234,
                5_600, new String[]{ "UP", "FLAT", "DOWN" }, new double[]{ 0.75, 0.125, 0.125 });
            offer(publication, buffer, length);
            offer(publication, new UnsafeBuffer(new byte[]{ 1, 2, 3, 4, 5 }), 5);
            final long tradeResult = ticks.offerTrade(7, 1, 1, -2, 1, -8, AggressorSide.BUY, 1);
            assertTrue(retry().complete(ticks, tradeResult) > 0);
            length = encodeSignal(buffer, 8, 1_385_337_614_000_000_000L, Direction.SELL, 0.5, "", 0, 1235,
                0, new String[0], new double[0]);
            offer(publication, buffer, length);

            Await.until(() -> subscriber.poll(10) >= 0 && received.size() == 2 && subscriber.otherMessages() == 1,
                "two signals and a trade");

            assertEquals("7 1385337613000000000 BUY 0.75 v3 seq 1234 5600ns model rsi-rule [UP, FLAT, DOWN]", received.get(0));
            assertArrayEquals(new double[]{ 0.75, 0.125, 0.125 }, probabilities.get(0));
            assertEquals("8 1385337614000000000 SELL 0.5 v0 seq 1235 0ns model  []", received.get(1));
            assertEquals(2, subscriber.signalsReceived());
            assertEquals(1, subscriber.invalidFrames());
            assertEquals(RejectReason.TRUNCATED.value(), subscriber.lastRejectReason());
            assertEquals(1, subscriber.otherMessages());
        }
    }

    @Test
    void shouldReassembleASignalLargerThanTheMtu()
    {
        try (SignalSubscriber subscriber = SignalSubscriber.create(session.aeron(), CHANNEL, 22, this::record);
            Publication publication = session.aeron().addExclusivePublication(CHANNEL, 22))
        {
            Await.until(publication::isConnected, "publication connected");
            final String[] labels = new String[255];
            final double[] values = new double[255];
            for (int i = 0; i < labels.length; i++)
            {
                labels[i] = "C" + i;
                values[i] = i / 1000.0;
            }
            final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer();
            final int length = encodeSignal(buffer, 1, 2, Direction.HOLD, 0.0, "big", 1, 9, 10, labels, values);
            assertTrue(length > publication.maxPayloadLength(), "the message must span fragments: " + length);
            offer(publication, buffer, length);

            Await.until(() -> subscriber.poll(10) >= 0 && received.size() == 1, "one signal");

            assertArrayEquals(values, probabilities.get(0));
            assertTrue(received.get(0).endsWith("C253, C254]"), received.get(0));
            assertEquals(0, subscriber.invalidFrames());
        }
    }

    @Test
    void shouldRefuseAProbabilityIndexOutOfRange()
    {
        final List<Class<?>> thrown = new ArrayList<>();
        try (SignalSubscriber subscriber = SignalSubscriber.create(session.aeron(), CHANNEL, 23,
            (instrumentId, eventTimeNs, direction, confidence, modelVersion, engineSequence, latencyNs, signal) ->
            {
                thrown.add(assertThrows(IndexOutOfBoundsException.class, () -> signal.probability(2)).getClass());
                thrown.add(assertThrows(IndexOutOfBoundsException.class, () -> signal.label(-1)).getClass());
            });
            Publication publication = session.aeron().addExclusivePublication(CHANNEL, 23))
        {
            Await.until(publication::isConnected, "publication connected");
            final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer();
            final int length = encodeSignal(buffer, 1, 2, Direction.HOLD, 0.0, "m", 1, 9, 10,
                new String[]{ "UP", "DOWN" }, new double[]{ 0.5, 0.5 });
            offer(publication, buffer, length);

            Await.until(() -> subscriber.poll(10) >= 0 && thrown.size() == 2, "one signal");
            assertEquals(1, subscriber.signalsReceived());
        }
    }

    private void record(
        final int instrumentId,
        final long eventTimeNs,
        final Direction direction,
        final double confidence,
        final long modelVersion,
        final long engineSequence,
        final long ingressToDecisionNs,
        final SignalView signal)
    {
        final String[] labels = new String[signal.probabilityCount()];
        final double[] values = new double[signal.probabilityCount()];
        final byte[] label = new byte[8];
        for (int i = 0; i < labels.length; i++)
        {
            labels[i] = new String(label, 0, signal.getLabel(i, label, 0), StandardCharsets.US_ASCII);
            assertEquals(labels[i], signal.label(i));
            values[i] = signal.probability(i);
        }
        received.add(instrumentId + " " + eventTimeNs + " " + direction + " " + confidence + " v" + modelVersion +
            " seq " + engineSequence + " " + ingressToDecisionNs + "ns model " + signal.modelId() + " " +
            Arrays.toString(labels));
        probabilities.add(values);
    }

    /**
     * Offers, retrying within a deadline: a publication that has just connected may be
     * back-pressured until the driver first raises its limit.
     */
    static void offer(final Publication publication, final DirectBuffer buffer, final int length)
    {
        final long[] result = { 0 };
        Await.until(() -> (result[0] = publication.offer(buffer, 0, length)) > 0 ||
            (Publication.BACK_PRESSURED != result[0] && Publication.ADMIN_ACTION != result[0]), "offer");
        assertTrue(result[0] > 0, OfferResult.describe(result[0]));
    }

    static OfferRetry retry()
    {
        return new OfferRetry(new SleepingIdleStrategy(TimeUnit.MICROSECONDS.toNanos(100)), SystemNanoClock.INSTANCE,
            TimeUnit.SECONDS.toNanos(5), RetryMode.BACK_PRESSURE);
    }

    static int encodeSignal(
        final ExpandableArrayBuffer buffer,
        final int instrumentId,
        final long eventTimeNs,
        final Direction direction,
        final double confidence,
        final String modelId,
        final long modelVersion,
        final long engineSequence,
        final long ingressToDecisionNs,
        final String[] labels,
        final double[] values)
    {
        final SignalEncoder signal = new SignalEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .instrumentId(instrumentId)
            .eventTimeNs(eventTimeNs)
            .direction(direction)
            .confidence(confidence)
            .modelId(modelId)
            .modelVersion(modelVersion)
            .engineSequence(engineSequence)
            .ingressToDecisionNs(ingressToDecisionNs);
        final SignalEncoder.ProbabilitiesEncoder group = signal.probabilitiesCount(labels.length);
        for (int i = 0; i < labels.length; i++)
        {
            group.next().label(labels[i]).probability(values[i]);
        }
        return MessageHeaderEncoder.ENCODED_LENGTH + signal.encodedLength();
    }
}
