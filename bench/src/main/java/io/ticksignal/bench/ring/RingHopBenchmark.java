package io.ticksignal.bench.ring;

import com.lmax.disruptor.BatchEventProcessor;
import com.lmax.disruptor.BatchEventProcessorBuilder;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.Sequence;
import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.TradeEncoder;
import io.ticksignal.engine.pipeline.EngineEvent;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;

/**
 * One hop across the engine's ring: a Disruptor 4 single-producer {@link RingBuffer} of
 * {@link EngineEvent} (4,096 slots, {@code EngineEvent::new} as the factory, busy-spin waiting,
 * as {@code EngineRuntime} builds it) with one {@link BatchEventProcessor} consumer on its own
 * thread. The JMH thread is the producer: per event it claims a slot, copies an encoded Trade
 * (47 bytes) into it with {@link EngineEvent#onInput} (which also clears the slot's ~40 fields),
 * as ingress does, and publishes it; the consumer reads the slot's sequence, receive time and
 * length into a checksum. The consumer does no pipeline work, so this is the ring's own cost.
 * <ul>
 *     <li>{@link #burst()} (throughput, ops/µs): publish {@value #BURST} events as fast as the
 *     ring allows, then spin until the consumer has consumed the last one; ops/µs counts events
 *     carried producer→consumer, the final drain included.</li>
 *     <li>{@link #oneByOne()} (average time, ns/op): publish one event and spin until the
 *     consumer's sequence shows it consumed: one hop plus the producer seeing the consumer's
 *     progress, i.e. close to a round trip between the two cores.</li>
 * </ul>
 * Both threads spin, so the figures need two otherwise idle cores; on a shared 2-core machine
 * they swing widely. Allocation: none after setup (0 B/op expected with {@code -prof gc}; the
 * profiler counts the JMH thread, the consumer thread allocates nothing either).
 */
@State(Scope.Thread)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {
    "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED" })
public class RingHopBenchmark
{
    /** Events per {@link #burst()} invocation. */
    public static final int BURST = 1_000;

    private static final int RING_SIZE = 4_096;
    private static final long BASE_TIME_NS = 1_385_337_600_000_000_000L;

    private final UnsafeBuffer tradeBuffer =
        new UnsafeBuffer(ByteBuffer.allocateDirect(128).order(ByteOrder.LITTLE_ENDIAN));
    private int tradeLength;
    private RingBuffer<EngineEvent> ringBuffer;
    private BatchEventProcessor<EngineEvent> processor;
    private Sequence consumed;
    private ChecksumHandler handler;
    private Thread consumerThread;

    /**
     * Encodes the Trade, builds the ring and starts the consumer thread.
     */
    @Setup(Level.Trial)
    public void start()
    {
        final TradeEncoder encoder = new TradeEncoder();
        encoder.wrapAndApplyHeader(tradeBuffer, 0, new MessageHeaderEncoder())
            .instrumentId(1)
            .timestampNs(BASE_TIME_NS)
            .aggressor(AggressorSide.BUY)
            .tradeId(1L);
        encoder.price().mantissa(80_001L).exponent((byte)-2);
        encoder.size().mantissa(10_000_000L).exponent((byte)-8);
        tradeLength = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();

        ringBuffer = RingBuffer.createSingleProducer(EngineEvent::new, RING_SIZE, new BusySpinWaitStrategy());
        handler = new ChecksumHandler();
        processor = new BatchEventProcessorBuilder().build(ringBuffer, ringBuffer.newBarrier(), handler);
        consumed = processor.getSequence();
        ringBuffer.addGatingSequences(consumed);
        consumerThread = new Thread(processor, "ring-hop-consumer");
        consumerThread.setDaemon(true);
        consumerThread.start();
    }

    /**
     * Halts the consumer and waits for its thread to end.
     *
     * @throws InterruptedException when interrupted while waiting.
     */
    @TearDown(Level.Trial)
    public void stop() throws InterruptedException
    {
        processor.halt();
        consumerThread.join(5_000L);
    }

    /**
     * @return the consumer's checksum after the burst has been consumed.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(BURST)
    public long burst()
    {
        long last = -1L;
        for (int i = 0; i < BURST; i++)
        {
            last = publishOne();
        }
        awaitConsumed(last);
        return handler.checksum;
    }

    /**
     * @return the consumer's checksum after the event has been consumed.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public long oneByOne()
    {
        awaitConsumed(publishOne());
        return handler.checksum;
    }

    private long publishOne()
    {
        final long sequence = ringBuffer.next();
        try
        {
            ringBuffer.get(sequence).onInput(sequence, BASE_TIME_NS + sequence, tradeBuffer, 0, tradeLength);
        }
        finally
        {
            ringBuffer.publish(sequence);
        }
        return sequence;
    }

    private void awaitConsumed(final long sequence)
    {
        while (consumed.get() < sequence)
        {
            Thread.onSpinWait();
        }
    }

    /**
     * The consumer: folds each event's header into a checksum, written only by the consumer
     * thread and read by the producer after it has seen the consumer's sequence move past it.
     */
    private static final class ChecksumHandler implements EventHandler<EngineEvent>
    {
        long checksum;

        @Override
        public void onEvent(final EngineEvent event, final long sequence, final boolean endOfBatch)
        {
            checksum += event.engineSequence() + event.receiveTimeNs() + event.inputLength();
        }
    }
}
