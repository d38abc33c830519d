/**
 * Backtests over journaled market data and signals: positions from signals filled at the next event's price
 * plus costs ({@link io.ticksignal.replay.backtest.Backtester}), P&amp;L marked per bar, performance metrics
 * ({@link io.ticksignal.replay.backtest.Metrics}), signal quality
 * ({@link io.ticksignal.replay.backtest.SignalQuality}) and explicit annualisation
 * ({@link io.ticksignal.replay.backtest.TradingCalendar}). Everything here is pure and deterministic: time comes
 * only from the events, never from a clock.
 */
package io.ticksignal.replay.backtest;
