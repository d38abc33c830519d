/**
 * Deterministic replay of a journal: the journaled inputs, with their engine sequences and receive times, drive a
 * {@code REPLAY}-mode {@link io.ticksignal.engine.pipeline.Pipeline} synchronously on the calling thread (no Aeron,
 * no ring, no wall clock), journaled {@code MODEL_SWAP} control events are applied at the same positions, and each
 * regenerated signal and each journaled signal is handed to a {@link io.ticksignal.replay.run.ReplayListener}.
 *
 * <h2>What is replayed</h2>
 * <ul>
 *     <li>{@code INPUT} and {@code REJECTED_INPUT} records go through the pipeline in journal order, so a replay
 *     with the live configuration rejects the same inputs for the same reasons; an input accepted live and
 *     rejected now, or the reverse, or rejected for another reason, is counted as an acceptance mismatch.</li>
 *     <li>{@code CONTROL} records: {@code MODEL_SWAP} is applied with
 *     {@link io.ticksignal.engine.model.live.JournalModelSwaps} in {@link io.ticksignal.replay.run.ModelSwapMode#APPLY_JOURNALED}
 *     (the default); with a model given for a backtest ({@link io.ticksignal.replay.run.ModelSwapMode#KEEP_GIVEN_MODEL})
 *     swaps are counted and passed over. Engine start and stop are counted; they change no state.</li>
 *     <li>{@code OUTPUT} records are not inputs: they are handed to the listener as journaled signals.</li>
 *     <li>{@code SHADOW_OUTPUT} records (the signals of a shadow model, {@code model.shadow}) are handed to the
 *     listener as journaled shadow signals; a replay whose configuration has the same {@code model.shadow}
 *     regenerates them ({@link io.ticksignal.replay.run.ReplayListener#onReplayedShadowSignal}).</li>
 *     <li>A corrupt document is reported with its index and counted; reading goes on.</li>
 * </ul>
 *
 * <h2>Kill and restart</h2>
 * A journal written by an engine that was killed and restarted holds, after the inputs of the first run,
 * {@code RECOVERY_START}, possibly one {@code OUTPUT} without a fresh input, then {@code RECOVERY_END}: the restarted
 * engine rebuilt its state from the journal and completed the signal of the last input whose output the crash cut
 * off (see {@code JournalRecovery}). A replay keeps one pipeline for the whole journal, so it generates that
 * signal once, when it replays that input, exactly as an uninterrupted run does; the journaled re-emission carries
 * the same engine sequence and bytes (latency aside) and follows it in order, so it pairs with the replayed signal
 * and the output streams and digests of the two are equal. Recovery markers change no replay state. Limitation:
 * live recovery rebuilds state from the last journal cycle only (one UTC day with the default roll cycle); a restart
 * after a cycle boundary starts feature windows cold live, which a continuous replay does not reproduce, and
 * verification then reports the first differing signal.
 *
 * <h2>Filters</h2>
 * A {@link io.ticksignal.replay.run.ReplayFilter} selects which signals, regenerated and journaled, reach the
 * listener: event time in [from, to) and one instrument. Every input is still replayed: features and decisions
 * need the history before {@code from}, and replaying other instruments costs little while keeping the engine's
 * checks exactly as live (state is per instrument, so they never change the selected instrument's signals).
 *
 * <h2>Allocation</h2>
 * None per record in the driver; listeners state their own.
 */
package io.ticksignal.replay.run;
