package io.ticksignal.engine.journal;

import java.nio.file.Path;
import java.util.Arrays;

import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.JournalRecordEncoder;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.SignalEncoder;
import io.ticksignal.codecs.sbe.TradeEncoder;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Encodes the messages the journal tests write, and writes raw documents that bypass the journal.
 */
final class TestMessages
{
    static final int SIGNAL_LENGTH_WITH_TWO_PROBABILITIES =
        MessageHeaderEncoder.ENCODED_LENGTH + SignalEncoder.BLOCK_LENGTH + 4 + 2 * 16;

    private TestMessages()
    {
    }

    static UnsafeBuffer trade(final long instrumentId, final long timestampNs, final long priceMantissa, final long tradeId)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[MessageHeaderEncoder.ENCODED_LENGTH + TradeEncoder.BLOCK_LENGTH]);
        final TradeEncoder trade = new TradeEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .instrumentId(instrumentId)
            .timestampNs(timestampNs)
            .aggressor(AggressorSide.BUY)
            .tradeId(tradeId);
        trade.price().mantissa(priceMantissa).exponent((byte)-2);
        trade.size().mantissa(150).exponent((byte)-3);
        return buffer;
    }

    static UnsafeBuffer signal(
        final long engineSequence, final double confidence, final long ingressToDecisionNs, final double upProbability)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[SIGNAL_LENGTH_WITH_TWO_PROBABILITIES]);
        final SignalEncoder signal = new SignalEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .instrumentId(3)
            .eventTimeNs(1_700_000_000_000_000_000L + engineSequence)
            .direction(Direction.BUY)
            .confidence(confidence)
            .modelId("logistic")
            .modelVersion(7)
            .engineSequence(engineSequence)
            .ingressToDecisionNs(ingressToDecisionNs);
        signal.probabilitiesCount(2)
            .next().label("UP").probability(upProbability)
            .next().label("DOWN").probability(1.0 - upProbability);
        return buffer;
    }

    static byte[] envelope(
        final long engineSequence, final EventKind kind, final RejectReason reason, final UnsafeBuffer payload)
    {
        final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer();
        final JournalRecordEncoder record = new JournalRecordEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .engineSequence(engineSequence)
            .receiveTimeNs(0)
            .kind(kind)
            .rejectReason(reason)
            .putPayload(payload, 0, payload.capacity());
        return Arrays.copyOf(buffer.byteArray(), MessageHeaderEncoder.ENCODED_LENGTH + record.encodedLength());
    }

    static void appendRawDocument(final Path directory, final byte[] bytes)
    {
        try (ChronicleQueue queue = ChronicleQueue.singleBuilder(directory).build();
            ExcerptAppender appender = queue.createAppender();
            DocumentContext document = appender.writingDocument())
        {
            document.wire().bytes().write(bytes, 0, bytes.length);
        }
    }
}
