package io.ticksignal.engine.model.registry;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One version directory of a model in the registry, as {@link ModelRegistry#versions} found it.
 *
 * @param version   the version (the directory's name).
 * @param directory the bundle directory.
 * @param problem   why it cannot be promoted (load errors summarised on one line), or empty when it is valid.
 * @param metrics   the bundle's training metrics ({@code training.metrics}) in file order; empty when invalid.
 */
public record RegistryVersion(long version, Path directory, String problem, Map<String, String> metrics)
{
    /**
     * Checks that no component is null.
     */
    public RegistryVersion
    {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(problem, "problem");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /**
     * @return true when the bundle loads and matches its directory.
     */
    public boolean isValid()
    {
        return problem.isEmpty();
    }
}
