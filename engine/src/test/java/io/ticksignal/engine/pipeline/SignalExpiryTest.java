package io.ticksignal.engine.pipeline;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.config.DecisionConfig;
import io.ticksignal.config.EmitMode;
import io.ticksignal.config.FeatureExpression;
import io.ticksignal.config.TicksignalConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signal expiry on the real Bitstamp trades with a 1m rule: decisions come only at minute closes, so
 * a BUY or SELL expires in busy minutes. Checked against the expiry rule applied by hand to the
 * pipeline's own decision points.
 */
class SignalExpiryTest
{
    private static final int HOLD = Direction.HOLD.value();
    private static final long EXPIRY_EVENTS = 50;

    @Test
    void shouldRevertAnUnconfirmedSignalToHoldAfterTheExpiryEvents()
    {
        final BitstampTrades trades = BitstampTrades.load();
        final TicksignalConfig config = TestEngine.demoWith("rsi(14)@1m", 55.0, 45.0,
            new DecisionConfig(0.5, 0, EmitMode.ON_CHANGE, EXPIRY_EVENTS),
            List.of(FeatureExpression.parse("rsi(14)@1m")));
        final TestEngine engine = new TestEngine(config, PipelineMode.LIVE, () -> 7L);
        final Inputs inputs = new Inputs();

        int current = HOLD;
        long lastConfirm = 0;
        int expiries = 0;
        for (int i = 0; i < trades.count(); i++)
        {
            final long eventNumber = i + 1;
            final int length = inputs.trade(0, trades.timeNs[i], trades.priceCents[i], -2, trades.sizeE8[i], -8, i + 1);
            final EngineEvent event = engine.pipeline.onInput(eventNumber, trades.timeNs[i], inputs.buffer, 0, length);
            assertTrue(event.isAccepted(), "trade " + i);
            if (event.isDecisionPoint())
            {
                // No hysteresis here (minHoldEvents 0): every decision sets and confirms the direction.
                current = event.direction();
                lastConfirm = eventNumber;
                continue;
            }
            final boolean due = current != HOLD && eventNumber - lastConfirm > EXPIRY_EVENTS;
            assertEquals(due, event.hasSignal(), "event " + eventNumber);
            if (due)
            {
                assertEquals(HOLD, event.direction(), "event " + eventNumber);
                assertEquals(0.0, event.confidence(), "event " + eventNumber);
                assertEquals(0, event.probabilityCount(), "event " + eventNumber);
                current = HOLD;
                lastConfirm = eventNumber;
                expiries++;
            }
        }
        assertTrue(expiries > 10, "the real data has busy minutes: " + expiries + " expiries");
        assertFalse(engine.sink.signals.isEmpty());
    }
}
