/**
 * The real market data bundled with Ticksignal for tests, the demo and the {@code ticksignal data}
 * command: {@link io.ticksignal.codecs.data.MarketDataSet} names each data set, its classpath
 * resource and its {@link io.ticksignal.codecs.text.MarketDataFormat}, and opens or extracts it.
 * The files come from the {@code org.ta4j:ta4j-examples:0.18} artifact (resources only).
 */
package io.ticksignal.codecs.data;
