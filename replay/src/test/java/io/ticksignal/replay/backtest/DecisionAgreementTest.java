package io.ticksignal.replay.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.SignalEncoder;
import io.ticksignal.codecs.sbe.TradeEncoder;

/**
 * Agreement at common decision points counted by hand, and the champion named by every model it ran in turn.
 */
final class DecisionAgreementTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
    private final SignalEncoder signal = new SignalEncoder();
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();

    @Test
    void shouldCountAgreementAndNameEveryChampionModel()
    {
        final JournalBacktestAdapter adapter = new JournalBacktestAdapter(new Backtester(new BacktestContext()
            .initialEquity(1000.0).barIntervalNs(60_000_000_000L).horizonBars(1)), 0, SignalSource.JOURNALED);
        final DecisionAgreement agreement = new DecisionAgreement(adapter);
        adapter.onRecord(0, 1, 0, EventKind.INPUT, RejectReason.NONE.value(), buffer, 0, trade());

        output(agreement, 10, EventKind.OUTPUT, "demo-btc", 1, Direction.BUY);
        output(agreement, 10, EventKind.SHADOW_OUTPUT, "challenger", 7, Direction.BUY);      // agree
        output(agreement, 20, EventKind.OUTPUT, "demo-btc", 1, Direction.SELL);
        output(agreement, 21, EventKind.SHADOW_OUTPUT, "challenger", 7, Direction.SELL);     // not common
        output(agreement, 30, EventKind.OUTPUT, "demo-btc", 2, Direction.HOLD);              // promoted
        output(agreement, 30, EventKind.SHADOW_OUTPUT, "challenger", 7, Direction.SELL);     // disagree
        output(agreement, 40, EventKind.OUTPUT, "demo-btc", 2, Direction.BUY);
        output(agreement, 50, EventKind.OUTPUT, "demo-btc", 1, Direction.BUY);               // rolled back

        assertEquals(0.5, agreement.agreementRate());
        assertEquals("demo-btc v1, then demo-btc v2, then demo-btc v1", agreement.championModel());
        assertEquals("challenger v7", agreement.challengerModel());
    }

    private int trade()
    {
        final TradeEncoder trade = new TradeEncoder();
        trade.wrapAndApplyHeader(buffer, 0, header).instrumentId(0).timestampNs(1L).tradeId(1)
            .price().mantissa(10_000).exponent((byte)-2);
        trade.size().mantissa(1).exponent((byte)0);
        return MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength();
    }

    private void output(final DecisionAgreement agreement, final long sequence, final EventKind kind,
        final String model, final long version, final Direction direction)
    {
        signal.wrapAndApplyHeader(buffer, 0, header).instrumentId(0).eventTimeNs(sequence).direction(direction)
            .confidence(0.7).modelId(model).modelVersion(version).engineSequence(sequence).ingressToDecisionNs(0);
        signal.probabilitiesCount(0);
        agreement.onRecord(sequence, sequence, 0, kind, RejectReason.NONE.value(), buffer, 0,
            MessageHeaderEncoder.ENCODED_LENGTH + signal.encodedLength());
    }
}
