package io.ticksignal.train;

/**
 * One train/validation/test partition of the dataset's rows, in time order: the model is fitted on {@code fit},
 * calibration and thresholds on {@code validation}, metrics also on {@code test}.
 *
 * @param name       {@code split} or {@code window1}, {@code window2}, ...
 * @param fit        rows the model is fitted on.
 * @param validation rows for calibration and thresholds.
 * @param test       rows only measured.
 */
record Fold(String name, RowRange fit, RowRange validation, RowRange test)
{
}
