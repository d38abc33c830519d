/**
 * Ensembles: {@link io.ticksignal.engine.model.ensemble.EnsembleScorer} averages the class probabilities of several
 * member scorers with fixed weights (soft voting), in-line on the caller's thread, allocation-free.
 */
package io.ticksignal.engine.model.ensemble;
