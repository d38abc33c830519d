package io.ticksignal.engine.model;

import java.util.List;

/**
 * Thrown when a bundle cannot be loaded. It carries every problem found, not just the first; the message is a
 * readable multi-line report ({@code invalid model bundle DIR (N problems):} then one {@link ModelBundleError} a line).
 */
public final class ModelBundleException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    // transient: the message already holds the full report; the list is for tests and tools.
    private final transient List<ModelBundleError> errors;

    /**
     * @param bundle display name of the bundle directory.
     * @param errors the problems, at least one.
     */
    public ModelBundleException(final String bundle, final List<ModelBundleError> errors)
    {
        super(report(bundle, errors));
        this.errors = List.copyOf(errors);
    }

    /**
     * @return every problem found, in the order they were found.
     */
    public List<ModelBundleError> errors()
    {
        return errors == null ? List.of() : errors;
    }

    private static String report(final String bundle, final List<ModelBundleError> errors)
    {
        final StringBuilder text = new StringBuilder("invalid model bundle ").append(bundle)
            .append(" (").append(errors.size()).append(errors.size() == 1 ? " problem):" : " problems):");
        for (final ModelBundleError error : errors)
        {
            text.append(System.lineSeparator()).append("  ").append(error.format());
        }
        return text.toString();
    }
}
