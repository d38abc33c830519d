/**
 * Models in the live engine: swapping a model bundle while the engine runs, and applying the same swaps when the
 * journal is replayed.
 * <p>
 * <b>Swap.</b> A request names a bundle directory ({@code ticksignal model swap --bundle DIR} writes it as a file
 * into the engine's request directory, {@link ModelRequestDirectory}). The {@link ModelRequestAgent}, on its own
 * loader thread, polls that directory every 100 ms, loads and validates the bundle and opens its scorer over the
 * pipeline's feature columns ({@link ModelSwapPreparer}), all off the hot path, and hands the prepared scorer to
 * the pipeline thread through a single-slot {@link ModelSwapSlot}. The pipeline thread ({@link ModelSwapper}),
 * at the start of a duty cycle and so between two events, puts it in place and journals a {@code MODEL_SWAP}
 * control event at exactly that position (detail: {@link ModelSwapDetail}, with the sha256 of the bundle's
 * {@code model.yaml}, which pins {@code model.onnx} by its own sha256). The agent then writes the answer file.
 * <p>
 * <b>Feature set.</b> A swap cannot add feature columns: a bundle with a feature the running engine does not
 * compute is rejected with a message naming it (new columns would start cold and the replay of the journal would
 * need them from the cycle's start). Add the feature to the configuration and restart instead.
 * <p>
 * <b>Failure.</b> A bundle that fails validation leaves the old model running; the reasons go to the answer file
 * (which {@code model swap} prints), to the engine's error log, and the {@code ticksignal: model swaps rejected}
 * counter counts it.
 * <p>
 * <b>Replay.</b> Recovery and replay meet the {@code MODEL_SWAP} control events in journal order and apply them
 * with {@link JournalModelSwaps}, so each input is scored by the model that scored it live. A bundle missing or
 * changed (sha256) at replay time fails the replay with a message naming it. Recovery replays the journal's last
 * cycle starting from the configured model: after a swap in an earlier cycle, configure the swapped bundle before
 * restarting.
 * <p>
 * <b>Registry.</b> An engine configured with a model registry ({@code model: {registry: DIR, name: NAME}}, see
 * {@code io.ticksignal.engine.model.registry}) starts with the promoted version, journals it as a
 * {@code MODEL_SWAP} before {@code ENGINE_START} ({@link ModelSwapper#journalModelInPlace}), and its
 * {@link ModelRequestAgent} follows later promotions and rollbacks through the same path as a swap request.
 */
package io.ticksignal.engine.model.live;
