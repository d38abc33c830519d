/**
 * The model registry: named models with numbered versions, one promoted version per model, and its history.
 * <pre>
 * ROOT/NAME/VERSION/        a model bundle (model.yaml says name: NAME, version: VERSION)
 * ROOT/NAME/PROMOTED        the promoted version, one line, replaced atomically
 * ROOT/NAME/promotions.log  every promote and rollback: action, from, to, wall time
 * </pre>
 * {@link ModelRegistry} lists, checks, promotes and rolls back ({@code ticksignal model list|promote|rollback}).
 * An engine configured with {@code model: {registry: ROOT, name: NAME}} starts with the promoted version and,
 * through a {@link RegistryFollower} polled on its model loader thread every 100 ms, swaps to each newly promoted
 * version through the live swap path of {@code io.ticksignal.engine.model.live}: validated off the hot path,
 * swapped between two events, journaled as a {@code MODEL_SWAP} naming the version's directory and the sha256 of
 * its {@code model.yaml}, so a replay applies the same swaps at the same positions.
 */
package io.ticksignal.engine.model.registry;
