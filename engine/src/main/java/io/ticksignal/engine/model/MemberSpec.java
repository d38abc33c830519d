package io.ticksignal.engine.model;

/**
 * One entry of the {@code members:} list of an ensemble bundle.
 *
 * @param bundle the member bundle directory, relative to the ensemble's directory.
 * @param weight its voting weight, positive.
 */
public record MemberSpec(String bundle, double weight)
{
}
