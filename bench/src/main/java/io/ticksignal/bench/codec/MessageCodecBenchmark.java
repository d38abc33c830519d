package io.ticksignal.bench.codec;

import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.BarDecoder;
import io.ticksignal.codecs.sbe.BarEncoder;
import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookSide;
import io.ticksignal.codecs.sbe.BookUpdateDecoder;
import io.ticksignal.codecs.sbe.BookUpdateEncoder;
import io.ticksignal.codecs.sbe.ControlEventDecoder;
import io.ticksignal.codecs.sbe.ControlEventEncoder;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.JournalRecordDecoder;
import io.ticksignal.codecs.sbe.JournalRecordEncoder;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.QuoteDecoder;
import io.ticksignal.codecs.sbe.QuoteEncoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.codecs.sbe.SignalEncoder;
import io.ticksignal.codecs.sbe.TradeDecoder;
import io.ticksignal.codecs.sbe.TradeEncoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Encodes each message of the schema other than {@code Trade} (see {@link TradeCodecBenchmark})
 * into a direct buffer and decodes it back, reading every field, as the feed handlers, the engine's
 * stages and the journal do per message. Text fields go through pre-filled byte arrays and direct
 * buffers (never {@code String}), as on the hot path: a {@code Signal} with three class
 * probabilities, a {@code JournalRecord} whose payload is an encoded {@code Trade} (the trade is
 * encoded, wrapped, unwrapped and decoded per op) and a {@code ControlEvent} with a 23-byte
 * detail. Expected: tens of ns/op and 0 B/op ({@code -prof gc}: gc.alloc.rate.norm).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {
    "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
    "-Dagrona.disable.bounds.checks=false" })
public class MessageCodecBenchmark
{
    private static final long BASE_TIME_NS = 1_385_337_600_000_000_000L;

    private final UnsafeBuffer buffer =
        new UnsafeBuffer(ByteBuffer.allocateDirect(512).order(ByteOrder.LITTLE_ENDIAN));
    private final UnsafeBuffer payloadBuffer =
        new UnsafeBuffer(ByteBuffer.allocateDirect(256).order(ByteOrder.LITTLE_ENDIAN));
    private final UnsafeBuffer scratchBuffer =
        new UnsafeBuffer(ByteBuffer.allocateDirect(256).order(ByteOrder.LITTLE_ENDIAN));
    private final UnsafeBuffer wrappedPayload = new UnsafeBuffer(0, 0);
    private final UnsafeBuffer detailSource =
        new UnsafeBuffer(ByteBuffer.allocateDirect(64).order(ByteOrder.LITTLE_ENDIAN));
    private final int detailLength;

    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final MessageHeaderDecoder headerDecoder = new MessageHeaderDecoder();
    private final MessageHeaderDecoder payloadHeaderDecoder = new MessageHeaderDecoder();
    private final QuoteEncoder quoteEncoder = new QuoteEncoder();
    private final QuoteDecoder quoteDecoder = new QuoteDecoder();
    private final BookUpdateEncoder bookEncoder = new BookUpdateEncoder();
    private final BookUpdateDecoder bookDecoder = new BookUpdateDecoder();
    private final BarEncoder barEncoder = new BarEncoder();
    private final BarDecoder barDecoder = new BarDecoder();
    private final SignalEncoder signalEncoder = new SignalEncoder();
    private final SignalDecoder signalDecoder = new SignalDecoder();
    private final TradeEncoder tradeEncoder = new TradeEncoder();
    private final TradeDecoder tradeDecoder = new TradeDecoder();
    private final JournalRecordEncoder recordEncoder = new JournalRecordEncoder();
    private final JournalRecordDecoder recordDecoder = new JournalRecordDecoder();
    private final ControlEventEncoder controlEncoder = new ControlEventEncoder();
    private final ControlEventDecoder controlDecoder = new ControlEventDecoder();

    private final byte[] modelId = new byte[SignalEncoder.modelIdLength()];
    private final byte[][] labels = new byte[3][];
    private final byte[] labelScratch = new byte[SignalEncoder.ProbabilitiesEncoder.labelLength()];
    private final byte[] modelIdScratch = new byte[SignalEncoder.modelIdLength()];
    private long sequence;

    /**
     * Fills the text fields once, NUL-padded as the schema wants.
     */
    public MessageCodecBenchmark()
    {
        final byte[] name = "demo-logistic".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, modelId, 0, name.length);
        final String[] labelNames = { "UP", "FLAT", "DOWN" };
        for (int i = 0; i < labels.length; i++)
        {
            labels[i] = new byte[SignalEncoder.ProbabilitiesEncoder.labelLength()];
            final byte[] label = labelNames[i].getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(label, 0, labels[i], 0, label.length);
        }
        final byte[] detail = "models/demo-logistic.v7".getBytes(StandardCharsets.UTF_8);
        detailSource.putBytes(0, detail);
        detailLength = detail.length;
    }

    /**
     * @return a checksum over the decoded fields.
     */
    @Benchmark
    public long encodeThenDecodeQuote()
    {
        final long n = ++sequence;
        quoteEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .instrumentId(1)
            .timestampNs(BASE_TIME_NS + n);
        quoteEncoder.bidPrice().mantissa(80_001L + (n & 0xFF)).exponent((byte)-2);
        quoteEncoder.bidSize().mantissa(25_000_000L).exponent((byte)-8);
        quoteEncoder.askPrice().mantissa(80_002L + (n & 0xFF)).exponent((byte)-2);
        quoteEncoder.askSize().mantissa(30_000_000L).exponent((byte)-8);

        headerDecoder.wrap(buffer, 0);
        quoteDecoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
        return quoteDecoder.instrumentId() + quoteDecoder.timestampNs() +
            quoteDecoder.bidPrice().mantissa() + quoteDecoder.bidPrice().exponent() +
            quoteDecoder.bidSize().mantissa() + quoteDecoder.bidSize().exponent() +
            quoteDecoder.askPrice().mantissa() + quoteDecoder.askPrice().exponent() +
            quoteDecoder.askSize().mantissa() + quoteDecoder.askSize().exponent();
    }

    /**
     * @return a checksum over the decoded fields.
     */
    @Benchmark
    public long encodeThenDecodeBookUpdate()
    {
        final long n = ++sequence;
        bookEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .instrumentId(1)
            .timestampNs(BASE_TIME_NS + n)
            .side((n & 1) == 0 ? BookSide.BID : BookSide.ASK)
            .level((short)(n % 20))
            .action(BookAction.CHANGE);
        bookEncoder.price().mantissa(80_001L + (n & 0xFF)).exponent((byte)-2);
        bookEncoder.size().mantissa(10_000_000L).exponent((byte)-8);

        headerDecoder.wrap(buffer, 0);
        bookDecoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
        return bookDecoder.instrumentId() + bookDecoder.timestampNs() + bookDecoder.side().value() +
            bookDecoder.level() + bookDecoder.action().value() +
            bookDecoder.price().mantissa() + bookDecoder.price().exponent() +
            bookDecoder.size().mantissa() + bookDecoder.size().exponent();
    }

    /**
     * @return a checksum over the decoded fields.
     */
    @Benchmark
    public long encodeThenDecodeBar()
    {
        final long n = ++sequence;
        final long base = 80_000L + (n & 0xFF);
        barEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .instrumentId(1)
            .startTimeNs(BASE_TIME_NS + n * 60_000_000_000L)
            .intervalNs(60_000_000_000L)
            .tradeCount(n & 0x3FF);
        barEncoder.openPrice().mantissa(base).exponent((byte)-2);
        barEncoder.highPrice().mantissa(base + 7).exponent((byte)-2);
        barEncoder.lowPrice().mantissa(base - 5).exponent((byte)-2);
        barEncoder.closePrice().mantissa(base + 2).exponent((byte)-2);
        barEncoder.volume().mantissa(1_234_567_890L).exponent((byte)-8);

        headerDecoder.wrap(buffer, 0);
        barDecoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
        return barDecoder.instrumentId() + barDecoder.startTimeNs() + barDecoder.intervalNs() +
            barDecoder.openPrice().mantissa() + barDecoder.highPrice().mantissa() +
            barDecoder.lowPrice().mantissa() + barDecoder.closePrice().mantissa() +
            barDecoder.closePrice().exponent() + barDecoder.volume().mantissa() +
            barDecoder.volume().exponent() + barDecoder.tradeCount();
    }

    /**
     * A signal with a 32-byte model id and three class probabilities (UP, FLAT, DOWN).
     *
     * @return a checksum over the decoded fields, the group included.
     */
    @Benchmark
    public double encodeThenDecodeSignal()
    {
        final long n = ++sequence;
        final double up = 0.25 + (n & 0xF) * 0.01;
        signalEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .instrumentId(1)
            .eventTimeNs(BASE_TIME_NS + n)
            .direction(Direction.BUY)
            .confidence(up)
            .putModelId(modelId, 0)
            .modelVersion(7)
            .engineSequence(n)
            .ingressToDecisionNs(150L);
        final SignalEncoder.ProbabilitiesEncoder probabilities = signalEncoder.probabilitiesCount(3);
        probabilities.next().putLabel(labels[0], 0).probability(up);
        probabilities.next().putLabel(labels[1], 0).probability(0.5);
        probabilities.next().putLabel(labels[2], 0).probability(0.5 - up);

        headerDecoder.wrap(buffer, 0);
        signalDecoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
        double sum = signalDecoder.instrumentId() + signalDecoder.eventTimeNs() +
            signalDecoder.direction().value() + signalDecoder.confidence() +
            signalDecoder.getModelId(modelIdScratch, 0) + modelIdScratch[0] +
            signalDecoder.modelVersion() + signalDecoder.engineSequence() +
            signalDecoder.ingressToDecisionNs();
        final SignalDecoder.ProbabilitiesDecoder decoded = signalDecoder.probabilities();
        while (decoded.hasNext())
        {
            decoded.next();
            sum += decoded.getLabel(labelScratch, 0) + labelScratch[0] + decoded.probability();
        }
        return sum;
    }

    /**
     * A journal envelope whose payload is an encoded Trade: encode the trade, wrap it in the
     * record, then read the record, wrap its payload without copying and decode the trade.
     *
     * @return a checksum over the envelope and the embedded trade.
     */
    @Benchmark
    public long encodeThenDecodeJournalRecord()
    {
        final long n = ++sequence;
        tradeEncoder.wrapAndApplyHeader(payloadBuffer, 0, headerEncoder)
            .instrumentId(1)
            .timestampNs(BASE_TIME_NS + n)
            .aggressor(AggressorSide.SELL)
            .tradeId(n);
        tradeEncoder.price().mantissa(80_001L + (n & 0xFF)).exponent((byte)-2);
        tradeEncoder.size().mantissa(10_000_000L).exponent((byte)-8);
        final int tradeLength = MessageHeaderEncoder.ENCODED_LENGTH + tradeEncoder.encodedLength();

        recordEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .engineSequence(n)
            .receiveTimeNs(BASE_TIME_NS + n + 1_000L)
            .kind(EventKind.INPUT)
            .rejectReason(RejectReason.NONE)
            .putPayload(payloadBuffer, 0, tradeLength);

        headerDecoder.wrap(buffer, 0);
        recordDecoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
        long sum = recordDecoder.engineSequence() + recordDecoder.receiveTimeNs() +
            recordDecoder.kind().value() + recordDecoder.rejectReason().value();
        recordDecoder.wrapPayload(wrappedPayload);
        payloadHeaderDecoder.wrap(wrappedPayload, 0);
        tradeDecoder.wrapAndApplyHeader(wrappedPayload, 0, payloadHeaderDecoder);
        sum += tradeDecoder.timestampNs() + tradeDecoder.price().mantissa() + tradeDecoder.size().mantissa() +
            tradeDecoder.tradeId() + tradeDecoder.aggressor().value();
        return sum;
    }

    /**
     * A model-swap control event with a 23-byte detail copied from, and back into, direct buffers.
     *
     * @return a checksum over the decoded fields and the detail's bytes.
     */
    @Benchmark
    public long encodeThenDecodeControlEvent()
    {
        final long n = ++sequence;
        controlEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .controlType(ControlType.MODEL_SWAP)
            .timestampNs(BASE_TIME_NS + n)
            .modelVersion(n & 0xFFFF)
            .putDetail(detailSource, 0, detailLength);

        headerDecoder.wrap(buffer, 0);
        controlDecoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
        final long sum = controlDecoder.controlType().value() + controlDecoder.timestampNs() +
            controlDecoder.modelVersion();
        final int copied = controlDecoder.getDetail(scratchBuffer, 0, scratchBuffer.capacity());
        return sum + copied + scratchBuffer.getByte(copied - 1);
    }
}
