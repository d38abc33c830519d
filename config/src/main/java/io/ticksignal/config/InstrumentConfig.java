package io.ticksignal.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One instrument. Its prices travel as fixed-point longs with {@code priceScale} decimal
 * places (427.55 at priceScale 2 is 42755), its sizes with {@code sizeScale}.
 *
 * @param id         the dense instrument id used on the wire and to index per-instrument state.
 * @param symbol     the symbol, e.g. {@code BTC-USD}; unique.
 * @param priceScale decimal places of prices, 0..18.
 * @param sizeScale  decimal places of sizes, 0..18.
 * @param venue      where it trades, e.g. {@code bitstamp}; empty when not given.
 */
public record InstrumentConfig(int id, String symbol, int priceScale, int sizeScale, Optional<String> venue)
{
    /**
     * Checks that no component is null.
     */
    public InstrumentConfig
    {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(venue, "venue");
    }
}
