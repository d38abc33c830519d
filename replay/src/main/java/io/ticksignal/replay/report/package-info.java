/**
 * Backtest outputs: {@code metrics.json} and a self-contained {@code report.html} whose charts are inline SVG
 * drawn here in Java (no script, no network). Entry point: {@link io.ticksignal.replay.report.BacktestReport}.
 */
package io.ticksignal.replay.report;
