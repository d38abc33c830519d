package io.ticksignal.engine.model.builtin;

/**
 * A tree node's test ({@code nodes_modes} of {@code TreeEnsembleClassifier}): the input value {@code x} goes to the
 * true child when the comparison with the threshold {@code t} holds (or when {@code x} is NaN and the node's missing
 * values track true), else to the false child.
 */
public enum NodeMode
{
    /** {@code x <= t}. */
    BRANCH_LEQ,
    /** {@code x < t}. */
    BRANCH_LT,
    /** {@code x >= t}. */
    BRANCH_GTE,
    /** {@code x > t}. */
    BRANCH_GT,
    /** {@code x == t}. */
    BRANCH_EQ,
    /** {@code x != t}. */
    BRANCH_NEQ,
    /** A leaf: its class weights are added to the scores. */
    LEAF
}
