/**
 * Wire and journal codecs: the SBE schema's generated flyweights live in
 * {@code io.ticksignal.codecs.sbe}; text readers for market-data files in
 * {@code io.ticksignal.codecs.text}.
 */
package io.ticksignal.codecs;
