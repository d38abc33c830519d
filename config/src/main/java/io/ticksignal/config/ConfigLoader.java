package io.ticksignal.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads a configuration from YAML (a file, a classpath resource or a string) and validates it
 * once. Every error is collected and reported together, each with its key path, line and column,
 * the bad value and what is allowed. Keys a file leaves out take their {@link ConfigDefaults}.
 * <p>
 * Relative paths in the file stay relative (to the process's working directory). Cold path;
 * an instance holds no state between loads and may be shared between threads.
 */
public final class ConfigLoader
{
    /** Classpath resource name of the demo configuration, a copy of {@code config/demo.yaml}. */
    public static final String DEMO_RESOURCE = "io/ticksignal/config/demo.yaml";

    private final Path tempDirectory;

    /**
     * A loader that puts default paths under the OS temp directory.
     */
    public ConfigLoader()
    {
        this(ConfigDefaults.osTempDirectory());
    }

    /**
     * @param tempDirectory the directory default paths are placed under (tests pass their own).
     */
    public ConfigLoader(final Path tempDirectory)
    {
        this.tempDirectory = Objects.requireNonNull(tempDirectory, "tempDirectory");
    }

    /**
     * @param file a YAML file; errors name it as given.
     * @return the validated configuration.
     * @throws ConfigException with every error when the file cannot be read or is invalid.
     */
    public TicksignalConfig load(final Path file)
    {
        return check(file).orThrow();
    }

    /**
     * @param resourceName a classpath resource, e.g. {@link #DEMO_RESOURCE}.
     * @return the validated configuration.
     * @throws ConfigException with every error when the resource is missing or invalid.
     */
    public TicksignalConfig loadResource(final String resourceName)
    {
        return checkResource(resourceName).orThrow();
    }

    /**
     * @param yaml       the YAML text.
     * @param sourceName the name errors give the text, e.g. {@code <inline>}.
     * @return the validated configuration.
     * @throws ConfigException with every error when the text is invalid.
     */
    public TicksignalConfig loadString(final String yaml, final String sourceName)
    {
        return checkString(yaml, sourceName).orThrow();
    }

    /**
     * @return the demo configuration from the classpath, so the demo needs no files on disk.
     * @throws ConfigException if the packaged demo configuration is invalid (a build defect).
     */
    public TicksignalConfig loadDemo()
    {
        return loadResource(DEMO_RESOURCE);
    }

    /**
     * The core of {@code ticksignal config check FILE}: never throws for a bad or missing file.
     *
     * @param file a YAML file.
     * @return the configuration or every error found.
     */
    public ConfigCheckResult check(final Path file)
    {
        final String source = file.toString();
        final byte[] bytes;
        try
        {
            bytes = Files.readAllBytes(file);
        }
        catch (final IOException ex)
        {
            return failure(source, "cannot read the file: " + describe(ex));
        }
        return checkBytes(bytes, source);
    }

    /**
     * @param resourceName a classpath resource.
     * @return the configuration or every error found.
     */
    public ConfigCheckResult checkResource(final String resourceName)
    {
        final String source = "classpath:" + resourceName;
        final ClassLoader classLoader = ConfigLoader.class.getClassLoader();
        try (InputStream in = classLoader.getResourceAsStream(resourceName))
        {
            if (in == null)
            {
                return failure(source, "no such resource on the classpath");
            }
            return checkBytes(in.readAllBytes(), source);
        }
        catch (final IOException ex)
        {
            return failure(source, "cannot read the resource: " + describe(ex));
        }
    }

    /**
     * @param yaml       the YAML text.
     * @param sourceName the name errors give the text.
     * @return the configuration or every error found.
     */
    public ConfigCheckResult checkString(final String yaml, final String sourceName)
    {
        final ConfigErrors errors = new ConfigErrors(sourceName);
        final YamlNode root = new YamlTreeReader().read(yaml, errors);
        final TicksignalConfig config = root == null ? null : ConfigBinder.bind(root, tempDirectory, errors);
        return config == null ?
            new ConfigCheckResult(sourceName, Optional.empty(), errors.sorted()) :
            new ConfigCheckResult(sourceName, Optional.of(config), List.of());
    }

    private ConfigCheckResult checkBytes(final byte[] bytes, final String source)
    {
        try
        {
            final String yaml = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
            return checkString(yaml, source);
        }
        catch (final CharacterCodingException ex)
        {
            return failure(source, "the file is not UTF-8 text");
        }
    }

    private static ConfigCheckResult failure(final String source, final String message)
    {
        return new ConfigCheckResult(source, Optional.empty(), List.of(new ConfigError("", source, 0, 0, message)));
    }

    private static String describe(final IOException ex)
    {
        if (ex instanceof NoSuchFileException)
        {
            return "no such file";
        }
        if (ex instanceof AccessDeniedException)
        {
            return "permission denied";
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }
}
