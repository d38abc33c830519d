package io.ticksignal.engine.pipeline;

import java.util.concurrent.atomic.AtomicLong;

import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.config.DecisionConfig;
import io.ticksignal.config.EmitMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeterminismTest
{
    private static void feed(final TestEngine engine, final BitstampTrades trades, final int count)
    {
        final Inputs inputs = new Inputs();
        for (int i = 0; i < count; i++)
        {
            int length = inputs.trade(0, trades.timeNs[i], trades.priceCents[i], -2, trades.sizeE8[i], -8, i + 1);
            if (i % 997 == 0)
            {
                length = inputs.trade(0, trades.timeNs[i] - 1_000_000_000L, trades.priceCents[i], i + 1);
            }
            engine.pipeline.onInput(i + 1, trades.timeNs[i] + 3_000L, inputs.buffer, 0, length);
            if (i % 1_000 == 500)
            {
                final int quote = inputs.quote(0, trades.timeNs[i], trades.priceCents[i] - 5, 2,
                    trades.priceCents[i] + 5, 3);
                engine.pipeline.onInput(count + i, trades.timeNs[i] + 4_000L, inputs.buffer, 0, quote);
            }
        }
    }

    @Test
    void shouldProduceByteIdenticalSignalsExceptLatencyFromTwoFreshPipelines()
    {
        final BitstampTrades trades = BitstampTrades.load();
        final AtomicLong slowClock = new AtomicLong(1L << 62);
        final var config = TestEngine.demoWith("rsi(14)", 60.0, 40.0,
            new DecisionConfig(0.55, 20, EmitMode.ON_CHANGE), TestEngine.DEMO.features());
        final TestEngine first = new TestEngine(config, PipelineMode.LIVE, () -> 11L);
        final TestEngine second = new TestEngine(config, PipelineMode.LIVE, () -> slowClock.addAndGet(1_000L));

        feed(first, trades, 40_000);
        feed(second, trades, 40_000);

        assertTrue(first.sink.signals.size() > 100, "signals " + first.sink.signals.size());
        assertTrue(first.counters.inputsRejected().get() > 0, "some inputs go back in time and are rejected");
        assertEquals(first.sink.signals.size(), second.sink.signals.size());
        for (int k = 0; k < first.sink.signals.size(); k++)
        {
            final byte[] a = first.sink.signals.get(k);
            final byte[] b = second.sink.signals.get(k);
            assertNotEquals(CollectingSignalSink.decode(a).ingressToDecisionNs(),
                CollectingSignalSink.decode(b).ingressToDecisionNs(), "the latency is measured");
            assertArrayEquals(CollectingSignalSink.withoutLatency(a), CollectingSignalSink.withoutLatency(b),
                "signal " + k);
        }
        assertEquals(first.journal.entries.size(), second.journal.entries.size());
        assertEquals(MessageHeaderDecoder.ENCODED_LENGTH + SignalDecoder.BLOCK_LENGTH + 4 + 3 * 16,
            first.sink.signals.get(0).length);
    }

    @Test
    void shouldReplayTheJournaledInputsIntoTheSameSignalsWithoutJournalingAgain()
    {
        final BitstampTrades trades = BitstampTrades.load();
        final TestEngine live = new TestEngine(TestEngine.DEMO, PipelineMode.LIVE, () -> 11L);
        feed(live, trades, 30_000);

        final TestEngine replay = new TestEngine(TestEngine.DEMO, PipelineMode.REPLAY, () -> 99L);
        final org.agrona.concurrent.UnsafeBuffer buffer = new org.agrona.concurrent.UnsafeBuffer(new byte[512]);
        for (final RecordingJournal.Entry entry : live.journal.entries)
        {
            if (entry.kind() != io.ticksignal.codecs.sbe.EventKind.OUTPUT)
            {
                buffer.putBytes(0, entry.bytes());
                replay.pipeline.onInput(entry.engineSequence(), entry.receiveTimeNs(), buffer, 0, entry.bytes().length);
            }
        }

        assertTrue(replay.journal.entries.isEmpty(), "replay journals nothing");
        assertEquals(0, replay.counters.journalDocuments().get());
        assertEquals(live.sink.signals.size(), replay.sink.signals.size());
        for (int k = 0; k < live.sink.signals.size(); k++)
        {
            assertArrayEquals(CollectingSignalSink.withoutLatency(live.sink.signals.get(k)),
                CollectingSignalSink.withoutLatency(replay.sink.signals.get(k)), "signal " + k);
        }
        assertEquals(live.counters.inputsRejected().get(), replay.counters.inputsRejected().get());
    }
}
