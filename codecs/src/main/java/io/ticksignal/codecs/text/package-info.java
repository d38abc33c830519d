/**
 * Streaming readers for market-data text files: trades ({@code timestamp,price,amount}),
 * OHLCV bars ({@code date,open,high,low,close,volume}) and quotes
 * ({@code timestamp,bid,bid_size,ask,ask_size}) as CSV.
 * <p>
 * Each reader is a pull-style flyweight: {@code while (reader.next()) { reader.timestampNs(); ... }}.
 * It reads its input in fixed-size character chunks and parses fields in place, so memory stays
 * constant whatever the file size, and no object is allocated per row once the reader is open
 * (except on the rare paths documented on each method).
 * <p>
 * Rules shared by all readers:
 * <ul>
 *   <li>The first row is a header. Columns are matched by name, case-insensitively and trimmed;
 *       extra columns are allowed and ignored; a missing required column is a
 *       {@link io.ticksignal.codecs.text.MarketDataFormatException} on line 1.</li>
 *   <li>LF and CRLF line ends, a UTF-8 byte order mark, a missing final newline, and blank lines
 *       (empty or whitespace only, anywhere after the header) are accepted; blank lines carry no
 *       row and are not counted.</li>
 *   <li>Decimals are parsed exactly into a {@code long} mantissa and a base-10 exponent, with no
 *       floating point on the way; {@link io.ticksignal.codecs.wire.FixedPoint} converts, rescales
 *       and prints them. A getter returning a {@code double} answers the nearest double. A
 *       decimal whose exponent (after dropping trailing zeros) is outside the Decimal64 range
 *       [-18, 18], e.g. {@code 1e-28}, makes the row malformed: the wire cannot carry it.</li>
 *   <li>Timestamps become nanoseconds since the epoch, UTC (see
 *       {@link io.ticksignal.codecs.text.TimestampRules} for the magnitude thresholds).</li>
 *   <li>A malformed row (wrong number of fields, an empty field, text where a number belongs,
 *       {@code NaN}/{@code Infinity}, a mantissa that overflows 64 bits, an unparseable or
 *       out-of-range time, a value that cannot be rescaled exactly) either fails the read or is
 *       skipped and counted, per {@link io.ticksignal.codecs.text.BadRowPolicy}.</li>
 *   <li>Semantic checks — negative or zero prices, crossed quotes, {@code high < low}, time going
 *       backwards — are not made here: they belong to the engine's validation stage, which
 *       counts and journals rejections.</li>
 * </ul>
 */
package io.ticksignal.codecs.text;
