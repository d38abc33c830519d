/**
 * Volatility estimators over bars, each an incremental
 * {@link io.ticksignal.engine.feature.indicator.Indicator}: {@code vol_close(n)},
 * {@code parkinson(n)}, {@code garman_klass(n)}, {@code rogers_satchell(n)}, {@code yang_zhang(n)},
 * {@code realized_vol(n)} and {@code vol_percentile(n,m)}.
 * <p>
 * Conventions shared by all of them:
 * <ul>
 *   <li>Values are per-bar sigma (standard deviation of log returns per bar), not annualised.
 *       The optional {@code annualize} factor N multiplies the value by {@code sqrt(N)} (e.g. 252 for
 *       daily bars, 525600 for 1m bars of a 24/7 market).</li>
 *   <li>Logarithms are natural. Returns need a previous close; estimators that use one are warm one
 *       bar later than their window length.</li>
 *   <li>An update in which a field the estimator reads is NaN, infinite or not positive, or (for range
 *       estimators) in which {@code low > min(open, close)} or {@code high < max(open, close)}, is
 *       ignored and counted in {@code rejectedCount()}; the next return is then taken from the last
 *       accepted close.</li>
 *   <li>Updates are O(1) (O(m) array shifts for {@code vol_percentile}) and allocate nothing. Window
 *       sums are Neumaier-compensated and rebuilt from scratch every window length (re-anchored),
 *       so rounding error never spans more than two windows; a window of zero terms (or of equal
 *       values, for variances) gives exactly 0.</li>
 * </ul>
 */
package io.ticksignal.engine.feature.volatility;
