package io.ticksignal.replay.backtest;

import java.util.ArrayList;
import java.util.List;

import org.agrona.collections.IntArrayList;
import org.agrona.collections.LongArrayList;

/**
 * Runs one instrument's backtest over a time-ordered stream of market events and signals.
 * <p>
 * Rules:
 * <ul>
 *   <li>A signal sets a target: BUY long, SELL short ({@link PositionMode#LONG_SHORT}) or flat
 *       ({@link PositionMode#LONG_ONLY}); HOLD keeps the position. The latest signal before an event wins.</li>
 *   <li>The target is filled at the price of the next market event after the signal (a trade's price, a quote's
 *       mid), and only when the target's side differs from the position's side.</li>
 *   <li>Each fill pays {@code |quantity| * (price * costBps / 10^4 + halfSpread)}, the half spread being the last
 *       quote's {@code (ask - bid) / 2} when known, 0 otherwise.</li>
 *   <li>Equity {@code cash + quantity * lastPrice} is marked at the close of every bar (bars aligned to the epoch;
 *       empty bars carry the previous close). The benchmark buys {@code initialEquity / firstPrice} units at the
 *       first event's price, without costs, and holds.</li>
 *   <li>Signal quality: a signal in bar b with reference price p (the last event's price) is scored against
 *       {@code close[b + horizon] / p - 1}; signals whose horizon lies past the data are not scored.</li>
 * </ul>
 * Single-threaded and deterministic: time comes only from the events.
 */
public final class Backtester
{
    private final BacktestContext context;
    private final LongArrayList barStartNs = new LongArrayList();
    private final DoubleSeries equity = new DoubleSeries();
    private final DoubleSeries benchmark = new DoubleSeries();
    private final DoubleSeries positions = new DoubleSeries();
    private final DoubleSeries closes = new DoubleSeries();
    private final List<Trade> trades = new ArrayList<>();
    private final IntArrayList signalBar = new IntArrayList();
    private final IntArrayList signalDirection = new IntArrayList();
    private final DoubleSeries signalReference = new DoubleSeries();
    private final DoubleSeries signalPUp = new DoubleSeries();
    private final DoubleSeries signalConfidence = new DoubleSeries();

    private boolean started;
    private long currentBarStartNs;
    private long lastTimeNs;
    private double lastPrice = Double.NaN;
    private double lastHalfSpread;
    private double cash;
    private double quantity;
    private double benchmarkUnits;
    private int pendingTarget;
    private boolean hasPending;
    private long entryTimeNs;
    private double entryPrice;
    private double entryCost;
    private double tradedNotional;
    private int fills;

    /**
     * @param context the configuration, validated here.
     */
    public Backtester(final BacktestContext context)
    {
        this.context = context.conclude();
        this.cash = context.initialEquity();
        equity.add(context.initialEquity());
        benchmark.add(context.initialEquity());
    }

    /**
     * A market event: fills a pending target at {@code price}, then marks.
     *
     * @param timeNs     event time, ns since the epoch; not before the previous event.
     * @param price      the event's price: a trade's price or a quote's mid.
     * @param halfSpread {@code (ask - bid) / 2} for a quote; NaN when unknown (a trade keeps the last quote's).
     */
    public void onMarket(final long timeNs, final double price, final double halfSpread)
    {
        final long barStart = timeNs - Math.floorMod(timeNs, context.barIntervalNs());
        if (!started)
        {
            started = true;
            currentBarStartNs = barStart;
            benchmarkUnits = context.initialEquity() / price;
        }
        while (currentBarStartNs < barStart)
        {
            closeBar();
            currentBarStartNs += context.barIntervalNs();
        }
        if (!Double.isNaN(halfSpread))
        {
            lastHalfSpread = halfSpread;
        }
        lastTimeNs = timeNs;
        lastPrice = price;
        if (hasPending)
        {
            hasPending = false;
            fill(timeNs, price);
        }
    }

    /**
     * A signal.
     *
     * @param timeNs     signal time, ns since the epoch.
     * @param direction  +1 BUY, -1 SELL, 0 HOLD.
     * @param pUp        predicted probability that the price goes up.
     * @param confidence the model's confidence in the direction, 0..1.
     */
    public void onSignal(final long timeNs, final int direction, final double pUp, final double confidence)
    {
        if (0 != direction)
        {
            pendingTarget = direction > 0 || PositionMode.LONG_SHORT == context.positionMode() ? direction : 0;
            hasPending = true;
        }
        if (started)
        {
            signalBar.addInt(barStartNs.size());
            signalDirection.addInt(direction);
            signalReference.add(lastPrice);
            signalPUp.add(pUp);
            signalConfidence.add(confidence);
        }
    }

    private void fill(final long timeNs, final double price)
    {
        final double currentSign = Math.signum(quantity);
        if (currentSign == pendingTarget)
        {
            return;
        }
        final double equityNow = cash + quantity * price;
        final double targetQuantity = SizingMode.FIXED_UNITS == context.sizingMode() ?
            pendingTarget * context.size() : pendingTarget * context.size() * equityNow / price;
        final double unitCost = price * context.costBps() / 10_000.0 + lastHalfSpread;
        final double delta = targetQuantity - quantity;
        cash -= delta * price + Math.abs(delta) * unitCost;
        tradedNotional += Math.abs(delta) * price;
        fills++;
        if (0.0 != quantity)
        {
            trades.add(new Trade(entryTimeNs, timeNs, quantity, entryPrice, price,
                entryCost + Math.abs(quantity) * unitCost, TradeExit.SIGNAL));
        }
        if (0.0 != targetQuantity)
        {
            entryTimeNs = timeNs;
            entryPrice = price;
            entryCost = Math.abs(targetQuantity) * unitCost;
        }
        quantity = targetQuantity;
    }

    private void closeBar()
    {
        barStartNs.addLong(currentBarStartNs);
        equity.add(cash + quantity * lastPrice);
        benchmark.add(benchmarkUnits * lastPrice);
        positions.add(quantity);
        closes.add(lastPrice);
    }

    /**
     * Closes the last bar, marks any open position as a trade closed at the last price and computes the results.
     * Call once, after the last event.
     *
     * @return the results.
     */
    public BacktestResult finish()
    {
        if (started)
        {
            closeBar();
            if (0.0 != quantity)
            {
                trades.add(new Trade(entryTimeNs, lastTimeNs, quantity, entryPrice, lastPrice, entryCost,
                    TradeExit.END_OF_DATA));
            }
        }
        return new BacktestResult(
            context, barStartNs.toLongArray(), equity.toArray(), benchmark.toArray(), positions.toArray(),
            List.copyOf(trades), tradedNotional, fills, scoreSignals());
    }

    private SignalSample scoreSignals()
    {
        final int barCount = closes.size();
        final SignalSample sample = new SignalSample();
        for (int i = 0; i < signalBar.size(); i++)
        {
            final int targetBar = signalBar.getInt(i) + context.horizonBars();
            if (targetBar < barCount)
            {
                sample.add(signalDirection.getInt(i), signalPUp.get(i), signalConfidence.get(i),
                    closes.get(targetBar) / signalReference.get(i) - 1.0);
            }
        }
        return sample;
    }
}
