package io.ticksignal.bench.codec;

import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.TradeDecoder;
import io.ticksignal.codecs.sbe.TradeEncoder;
import io.ticksignal.codecs.wire.MessageValidator;
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
import java.util.concurrent.TimeUnit;

/**
 * Encodes a Trade into a direct buffer and decodes it back, as a feed handler and the
 * engine's decode stage do per message, with and without the frame validator the engine runs
 * on every input. Expected: a few ns/op and 0 B/op ({@code -prof gc}: gc.alloc.rate.norm).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {
    "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
    "-Dagrona.disable.bounds.checks=false" })
public class TradeCodecBenchmark
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(256));
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final MessageHeaderDecoder headerDecoder = new MessageHeaderDecoder();
    private final TradeEncoder tradeEncoder = new TradeEncoder();
    private final TradeDecoder tradeDecoder = new TradeDecoder();
    private final MessageValidator validator = new MessageValidator();
    private long sequence;

    /**
     * @return a checksum over the decoded fields, so nothing is optimised away.
     */
    @Benchmark
    public long encodeThenDecodeTrade()
    {
        encode();
        return decode();
    }

    /**
     * @return the reject code plus a checksum over the decoded fields.
     */
    @Benchmark
    public long encodeValidateDecodeTrade()
    {
        final int length = encode();
        final int rejectCode = validator.validate(buffer, 0, length);
        return rejectCode + decode();
    }

    private int encode()
    {
        final long tradeId = ++sequence;
        tradeEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .instrumentId(1)
            .timestampNs(1_385_337_600_000_000_000L + tradeId)
            .aggressor(AggressorSide.BUY)
            .tradeId(tradeId);
        tradeEncoder.price().mantissa(80_001L + (tradeId & 0xFF)).exponent((byte)-2);
        tradeEncoder.size().mantissa(10_000_000L).exponent((byte)-8);
        return MessageHeaderEncoder.ENCODED_LENGTH + tradeEncoder.encodedLength();
    }

    private long decode()
    {
        headerDecoder.wrap(buffer, 0);
        tradeDecoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
        return tradeDecoder.timestampNs() + tradeDecoder.price().mantissa() + tradeDecoder.size().mantissa() +
            tradeDecoder.tradeId() + tradeDecoder.aggressor().value();
    }
}
