package io.ticksignal.engine.monitor;

import io.ticksignal.codecs.sbe.BarDecoder;
import io.ticksignal.codecs.sbe.BookUpdateDecoder;
import io.ticksignal.codecs.sbe.QuoteDecoder;
import io.ticksignal.codecs.sbe.TradeDecoder;
import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.bar.BarListener;
import io.ticksignal.engine.feature.bar.TimeBarBuilder;
import io.ticksignal.engine.pipeline.EngineEvent;

/**
 * The bars of the label's timeframe, per instrument, built from the pipeline's accepted inputs by the same
 * {@link TimeBarBuilder} and the same rules as the feature timeline's lanes: trades make OHLCV bars, quotes mid-price
 * bars, UTC boundaries by event time; a bar closes when the first input at or after its end arrives (a book update
 * too); an input bar of the timeframe or finer is rolled up by its close and closes the timeframe's bar when it
 * reaches the bar's end; a coarser input bar is ignored, as the lane ignores it. Each close goes to
 * {@link RollingAccuracy#onBarClose}.
 * <p>
 * Single-threaded (the pipeline thread). Allocation: at construction; none per input.
 */
final class LabelBars implements BarListener
{
    private final TimeBarBuilder[] builders;
    private final RollingAccuracy accuracy;
    private final long intervalNs;
    private int maturedInCall;

    LabelBars(final Timeframe timeframe, final int instrumentCount, final RollingAccuracy accuracy)
    {
        this.accuracy = accuracy;
        this.intervalNs = timeframe.lengthNs();
        builders = new TimeBarBuilder[instrumentCount];
        for (int i = 0; i < instrumentCount; i++)
        {
            builders[i] = new TimeBarBuilder(i, timeframe, this);
        }
    }

    /**
     * Apply an accepted input. Allocation: none.
     *
     * @param event the slot.
     * @return labels that matured and were scored during this input.
     */
    int onEvent(final EngineEvent event)
    {
        maturedInCall = 0;
        final TimeBarBuilder builder = builders[event.instrumentIndex()];
        switch (event.templateId())
        {
            case TradeDecoder.TEMPLATE_ID:
                builder.onTrade(event.eventTimeNs(), event.price(), event.size());
                break;
            case QuoteDecoder.TEMPLATE_ID:
                builder.onQuote(event.eventTimeNs(), event.bidPrice(), event.askPrice());
                break;
            case BookUpdateDecoder.TEMPLATE_ID:
                builder.advanceTo(event.eventTimeNs());
                break;
            case BarDecoder.TEMPLATE_ID:
                onInputBar(builder, event.barStartNs(), event.barIntervalNs(), event.close());
                break;
            default:
                break;
        }
        return maturedInCall;
    }

    private void onInputBar(final TimeBarBuilder builder, final long startNs, final long barIntervalNs,
        final double close)
    {
        builder.advanceTo(startNs);
        if (barIntervalNs > intervalNs)
        {
            return;
        }
        builder.onTrade(startNs, close, 0.0);
        builder.advanceTo(startNs + barIntervalNs);
    }

    @Override
    public void onBar(
        final int instrumentIndex,
        final long startNs,
        final long barIntervalNs,
        final double open,
        final double high,
        final double low,
        final double close,
        final double volume,
        final double vwap,
        final long eventCount,
        final long firstEventNs,
        final long lastEventNs)
    {
        if (accuracy.onBarClose(instrumentIndex, close))
        {
            maturedInCall++;
        }
    }
}
