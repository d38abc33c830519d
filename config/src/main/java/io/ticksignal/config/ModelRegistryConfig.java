package io.ticksignal.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code model: {registry: DIR, name: NAME}}: the engine runs the promoted version of model {@code name} in the
 * model registry {@code directory} ({@code DIR/NAME/VERSION/} bundles, {@code DIR/NAME/PROMOTED}) and follows
 * later promotions and rollbacks while it runs.
 *
 * @param directory the registry's root directory.
 * @param name      the model's name: a directory under the root.
 */
public record ModelRegistryConfig(Path directory, String name)
{
    /** What a model name may be: letters, digits, '.', '_' and '-', not starting with '.'. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    /**
     * Checks the name.
     */
    public ModelRegistryConfig
    {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(name, "name");
        if (!isValidName(name))
        {
            throw new IllegalArgumentException("not a model name: '" + name + "'");
        }
    }

    /**
     * @param name a candidate model name.
     * @return true when it can name a model directory in a registry.
     */
    public static boolean isValidName(final String name)
    {
        return NAME.matcher(name).matches();
    }
}
