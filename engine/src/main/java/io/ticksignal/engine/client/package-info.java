/**
 * The small public API for programs around the engine: {@link io.ticksignal.engine.client.TickPublisher}
 * for feed handlers that publish ticks (SBE over Aeron), {@link io.ticksignal.engine.client.SignalSubscriber}
 * for strategies that receive signals, and {@link io.ticksignal.engine.client.CsvFeed}, the reference
 * feed handler behind {@code ticksignal feed}. Nothing here allocates per message.
 */
package io.ticksignal.engine.client;
