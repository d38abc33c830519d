package io.ticksignal.engine.pipeline;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.config.DecisionConfig;
import io.ticksignal.config.EmitMode;
import io.ticksignal.config.FeatureExpression;
import io.ticksignal.config.Timeframe;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.indicator.Rsi;
import io.ticksignal.engine.feature.offline.MarketDataInput;
import io.ticksignal.engine.feature.offline.OfflineFeatureRunner;
import io.ticksignal.engine.feature.offline.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BitstampPipelineTest
{
    private static final int HOLD = Direction.HOLD.value();
    private static final int BUY = Direction.BUY.value();
    private static final int SELL = Direction.SELL.value();
    private static final long RECEIVE_OFFSET_NS = 5_000L;

    private static BitstampTrades trades;

    /** One expected signal, computed by hand. */
    private record Expected(long sequence, long eventTimeNs, int direction, double confidence)
    {
    }

    @BeforeAll
    static void loadTrades()
    {
        trades = BitstampTrades.load();
    }

    private static void run(final TestEngine engine, final int count)
    {
        final Inputs inputs = new Inputs();
        for (int i = 0; i < count; i++)
        {
            final int length = inputs.trade(0, trades.timeNs[i], trades.priceCents[i], -2, trades.sizeE8[i], -8, i + 1);
            final EngineEvent event =
                engine.pipeline.onInput(i + 1, trades.timeNs[i] + RECEIVE_OFFSET_NS, inputs.buffer, 0, length);
            assertTrue(event.isAccepted(), "trade " + i);
        }
    }

    /** The rule by hand (see RuleScorer): direction and confidence for a value, band = buyAbove - sellBelow. */
    private static double[] rule(final double value, final double buyAbove, final double sellBelow)
    {
        final double band = buyAbove - sellBelow;
        if (Double.isNaN(value))
        {
            return new double[] { HOLD, 0.0 };
        }
        if (value > buyAbove)
        {
            return new double[] { BUY, 0.5 + 0.5 * Math.min(1.0, (value - buyAbove) / band) };
        }
        if (value < sellBelow)
        {
            return new double[] { SELL, 0.5 + 0.5 * Math.min(1.0, (sellBelow - value) / band) };
        }
        return new double[] { HOLD, 0.5 + Math.min(buyAbove - value, value - sellBelow) / band };
    }

    @Test
    void shouldEmitTheSignalsOfTheDemoRuleOnRsiComputedDirectlyOverAllBitstampTrades()
    {
        assertEquals(100_000, trades.count());
        final TestEngine engine = new TestEngine(TestEngine.DEMO, PipelineMode.LIVE, () -> 7L);
        run(engine, trades.count());

        // Independent path: the indicator run directly on each trade as a one-event bar; the demo rule
        // (buy above 60, sell below 40) and policy (minConfidence 0.5, no hold, ON_CHANGE) by hand.
        final Rsi rsi = new Rsi(14);
        final List<Expected> expected = new ArrayList<>();
        int current = HOLD;
        for (int i = 0; i < trades.count(); i++)
        {
            final double p = trades.price[i];
            rsi.update(trades.timeNs[i], p, p, p, p, trades.size[i]);
            final double[] decision = rule(rsi.value(), 60.0, 40.0);
            final int direction = (int)decision[0];
            if (direction != current)
            {
                current = direction;
                expected.add(new Expected(i + 1, trades.timeNs[i], direction, decision[1]));
            }
        }

        assertTrue(expected.size() > 1_000, "the rule changes direction often on tick RSI: " + expected.size());
        assertEquals(expected.size(), engine.sink.signals.size());
        long buys = 0;
        long sells = 0;
        long holds = 0;
        for (int k = 0; k < expected.size(); k++)
        {
            final Expected want = expected.get(k);
            final SignalDecoder signal = CollectingSignalSink.decode(engine.sink.signals.get(k));
            assertEquals(want.sequence(), signal.engineSequence(), "signal " + k);
            assertEquals(want.eventTimeNs(), signal.eventTimeNs(), "signal " + k);
            assertEquals(want.direction(), signal.directionRaw(), "signal " + k);
            assertEquals(want.confidence(), signal.confidence(), 1e-12, "signal " + k);
            assertEquals(0, signal.instrumentId());
            assertEquals("rule:rsi(14)", signal.modelId());
            assertEquals(0, signal.modelVersion());
            assertEquals(7L - (want.eventTimeNs() + RECEIVE_OFFSET_NS), signal.ingressToDecisionNs());
            final SignalDecoder.ProbabilitiesDecoder probabilities = signal.probabilities();
            assertEquals(3, probabilities.count());
            double sum = 0.0;
            for (int c = 0; c < 3; c++)
            {
                probabilities.next();
                assertEquals(new String[] { "HOLD", "BUY", "SELL" }[c], probabilities.label());
                sum += probabilities.probability();
                if (c == want.direction())
                {
                    assertEquals(want.confidence(), probabilities.probability(), 1e-12);
                }
            }
            assertEquals(1.0, sum, 1e-12);
            buys += want.direction() == BUY ? 1 : 0;
            sells += want.direction() == SELL ? 1 : 0;
            holds += want.direction() == HOLD ? 1 : 0;
        }
        assertEquals(buys, engine.counters.signals(BUY).get());
        assertEquals(sells, engine.counters.signals(SELL).get());
        assertEquals(holds, engine.counters.signals(HOLD).get());
        assertEquals(100_000, engine.counters.inputsAccepted().get());
        assertEquals(100_000 + expected.size(), engine.journal.entries.size());
        assertEquals(engine.journal.entries.size(), engine.counters.journalDocuments().get());
    }

    @Test
    void shouldJournalEveryInputBeforeItsOutput()
    {
        final TestEngine engine = new TestEngine(TestEngine.DEMO, PipelineMode.LIVE, () -> 7L);
        run(engine, 20_000);

        final List<RecordingJournal.Entry> entries = engine.journal.entries;
        long inputs = 0;
        long outputs = 0;
        for (int i = 0; i < entries.size(); i++)
        {
            final RecordingJournal.Entry entry = entries.get(i);
            if (entry.kind() == EventKind.OUTPUT)
            {
                outputs++;
                final RecordingJournal.Entry previous = entries.get(i - 1);
                assertEquals(EventKind.INPUT, previous.kind(), "document " + i);
                assertEquals(entry.engineSequence(), previous.engineSequence(), "document " + i);
                assertArrayEquals(engine.sink.signals.get((int)outputs - 1), entry.bytes(), "published = journaled");
            }
            else
            {
                inputs++;
                assertEquals(inputs, entry.engineSequence(), "inputs in sequence order");
            }
        }
        assertEquals(20_000, inputs);
        assertTrue(outputs > 100, "outputs " + outputs);
    }

    @Test
    void shouldDecideOnMinuteRsiAtTheTradeThatClosesEachMinuteLikeTheOfflineRunner()
    {
        // Same code, two drivers: the offline runner's 1m rows give the decision feature's value per closed bar.
        final String rows = offlineMinuteRsi();
        final String[] lines = rows.split("\n");
        final List<long[]> barStarts = new ArrayList<>();
        final List<Double> values = new ArrayList<>();
        for (int i = 1; i < lines.length; i++)
        {
            final String[] cells = lines[i].split(",", -1);
            barStarts.add(new long[] { Long.parseLong(cells[0]) * 1_000_000L });
            values.add(cells[1].isEmpty() ? Double.NaN : Double.parseDouble(cells[1]));
        }
        final long minHoldEvents = 300;
        final List<FeatureExpression> features = List.of(FeatureExpression.parse("sma(20)"),
            FeatureExpression.parse("rsi(14)@1m"));
        final TicksignalConfig config = TestEngine.demoWith("rsi(14)@1m", 55.0, 45.0,
            new DecisionConfig(0.6, minHoldEvents, EmitMode.EVERY_DECISION), features);
        final TestEngine engine = new TestEngine(config, PipelineMode.LIVE, () -> 7L);
        run(engine, trades.count());

        // By hand: bar b closes at the first trade at or after its end; the last bar never closes live.
        final List<Expected> expected = new ArrayList<>();
        int current = HOLD;
        long lastChange = Long.MIN_VALUE;
        int trade = 0;
        for (int b = 0; b < barStarts.size(); b++)
        {
            final long endNs = barStarts.get(b)[0] + Timeframe.ONE_MINUTE.lengthNs();
            while (trade < trades.count() && trades.timeNs[trade] < endNs)
            {
                trade++;
            }
            if (trade == trades.count())
            {
                break;
            }
            final long eventNumber = trade + 1;
            final double[] decision = rule(values.get(b), 55.0, 45.0);
            int direction = (int)decision[0];
            double confidence = decision[1];
            final double[] p = probabilities(direction, confidence, values.get(b), 55.0, 45.0);
            if (direction != HOLD && confidence < 0.6)
            {
                direction = HOLD;
                confidence = p[HOLD];
            }
            if (direction != current)
            {
                if (lastChange != Long.MIN_VALUE && eventNumber - lastChange <= minHoldEvents)
                {
                    direction = current;
                    confidence = p[current];
                }
                else
                {
                    current = direction;
                    lastChange = eventNumber;
                }
            }
            expected.add(new Expected(eventNumber, trades.timeNs[trade], direction, confidence));
        }

        assertEquals(barStarts.size() - 1, expected.size(), "every closed minute but the last is a decision");
        assertEquals(expected.size(), engine.sink.signals.size());
        for (int k = 0; k < expected.size(); k++)
        {
            final Expected want = expected.get(k);
            final SignalDecoder signal = CollectingSignalSink.decode(engine.sink.signals.get(k));
            assertEquals(want.sequence(), signal.engineSequence(), "signal " + k);
            assertEquals(want.eventTimeNs(), signal.eventTimeNs(), "signal " + k);
            assertEquals(want.direction(), signal.directionRaw(), "signal " + k);
            assertEquals(want.confidence(), signal.confidence(), 1e-12, "signal " + k);
            assertEquals("rule:rsi(14)@1m", signal.modelId());
        }
    }

    private static double[] probabilities(
        final int direction, final double confidence, final double value, final double buyAbove,
        final double sellBelow)
    {
        final double[] p = new double[3];
        if (Double.isNaN(value))
        {
            return p;
        }
        p[direction] = confidence;
        if (direction != HOLD)
        {
            p[HOLD] = 1.0 - confidence;
        }
        else
        {
            p[value - sellBelow < buyAbove - value ? SELL : BUY] = 1.0 - confidence;
        }
        return p;
    }

    private static String offlineMinuteRsi()
    {
        final OfflineFeatureRunner runner = OfflineFeatureRunner.prepare(
            MarketDataInput.dataSet(MarketDataSet.BITSTAMP_BTC_USD_TRADES), Optional.of(Timeframe.ONE_MINUTE),
            List.of(FeatureExpressionParser.standard().parse("rsi(14)@1m")));
        final StringWriter out = new StringWriter();
        runner.run(out, ProgressListener.NONE);
        return out.toString();
    }
}
