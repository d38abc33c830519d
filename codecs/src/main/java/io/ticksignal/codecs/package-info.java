/**
 * Everything that turns Ticksignal data into bytes or text and back, in four packages:
 * <ul>
 *   <li>{@code io.ticksignal.codecs.sbe}: the flyweight encoders and decoders generated at build
 *       time from the SBE message schema (never committed or edited by hand); the wire and journal
 *       format of every message.</li>
 *   <li>{@code io.ticksignal.codecs.wire}: allocation-free helpers around the generated code for
 *       the hot path, such as checking a received frame before decoding it and the exact
 *       fixed-point arithmetic of the schema's Decimal64 prices and sizes.</li>
 *   <li>{@code io.ticksignal.codecs.text}: streaming readers of market-data text files (trades,
 *       OHLCV bars and quotes as CSV) that parse decimals exactly into the same fixed-point form.</li>
 *   <li>{@code io.ticksignal.codecs.data}: the real market data sets bundled for tests, the demo
 *       and the {@code ticksignal data} command, each named with its resource and text format.</li>
 * </ul>
 */
package io.ticksignal.codecs;
