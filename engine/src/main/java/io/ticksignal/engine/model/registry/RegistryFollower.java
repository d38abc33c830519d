package io.ticksignal.engine.model.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import io.ticksignal.engine.model.live.FileChangeProbe;

/**
 * The engine's view of one model's {@code PROMOTED} file: polled by the model loader thread
 * ({@code io.ticksignal.engine.model.live.ModelRequestAgent}), it says when the promoted version has changed to one
 * the engine does not run, so that the loader prepares a swap to it through the usual path.
 * <p>
 * A poll reads the file (a few bytes) only when its modification time or length may have changed
 * ({@link FileChangeProbe}: nothing allocated while nothing changes) and compares them with the last read; only a
 * change is parsed. Each change is
 * reported once: a version that is refused, or content that is not a version, is not retried until the file
 * changes again.
 * <p>
 * Thread: the loader thread only. Allocation: a small array per poll (cold path, every 100 ms).
 */
public final class RegistryFollower
{
    /** {@link #runningVersion()} after a swap to a bundle outside the registry ({@code model swap --bundle}). */
    public static final long NOT_A_REGISTRY_VERSION = -1;
    /** {@link #poll()} when there is nothing to do. */
    public static final long NO_CHANGE = -1;

    private static final byte[] MISSING = new byte[0];

    private final ModelRegistry registry;
    private final String name;
    private final Path promotedFile;
    private final FileChangeProbe promotedProbe;
    private long runningVersion;
    private long followedVersion;
    private byte[] lastContent;

    /**
     * @param registry       the registry.
     * @param name           the model followed.
     * @param runningVersion the version the engine started with.
     */
    public RegistryFollower(final ModelRegistry registry, final String name, final long runningVersion)
    {
        this.registry = registry;
        this.name = name;
        this.promotedFile = registry.promotedFile(name);
        this.promotedProbe = new FileChangeProbe(promotedFile);
        this.runningVersion = runningVersion;
        this.followedVersion = runningVersion;
    }

    /**
     * @param name    a model name.
     * @param version a version.
     * @return the request id under which the engine answers, in its model request directory, the promotion of that
     * version ({@code ID.ok} or {@code ID.failed}); {@code ticksignal model promote --config} waits for it.
     */
    public static String answerId(final String name, final long version)
    {
        return "registry-" + name + "-v" + version;
    }

    /**
     * @return the model followed.
     */
    public String name()
    {
        return name;
    }

    /**
     * @return the {@code PROMOTED} file watched.
     */
    public Path promotedFile()
    {
        return promotedFile;
    }

    /**
     * @return the registry version the engine runs, or {@link #NOT_A_REGISTRY_VERSION}.
     */
    public long runningVersion()
    {
        return runningVersion;
    }

    /**
     * Read the {@code PROMOTED} file.
     *
     * @return the newly promoted version when the file now names another version than the last one acted on,
     * else {@link #NO_CHANGE}.
     * @throws RegistryException once per change when the file is gone or does not hold a version.
     */
    public long poll()
    {
        if (!promotedProbe.mayHaveChanged(System.currentTimeMillis()))
        {
            return NO_CHANGE;
        }
        byte[] content;
        try
        {
            content = Files.readAllBytes(promotedFile);
        }
        catch (final NoSuchFileException ex)
        {
            content = MISSING;
        }
        catch (final IOException ex)
        {
            throw new RegistryException("cannot read " + promotedFile + ": " + ex.getMessage(), ex);
        }
        if (Arrays.equals(content, lastContent))
        {
            return NO_CHANGE;
        }
        lastContent = content;
        if (content == MISSING)
        {
            throw new RegistryException(promotedFile + " is gone; the engine keeps running version " +
                runningVersion + " of model " + name + "; promote a version with 'ticksignal model promote " + name +
                " VERSION --registry " + registry.root() + "'", null);
        }
        final long version = PromotedFile.parse(new String(content, StandardCharsets.UTF_8), promotedFile);
        if (version == followedVersion)
        {
            return NO_CHANGE;
        }
        followedVersion = version;
        return version;
    }

    /**
     * Check the promoted version's bundle as {@link ModelRegistry#promote} does (the file may have been written by
     * hand).
     *
     * @param version a version {@link #poll()} returned.
     * @return its bundle directory.
     * @throws RegistryException when it is missing, invalid, or names another model or version.
     */
    public Path bundle(final long version)
    {
        registry.load(name, version);
        return registry.versionDirectory(name, version);
    }

    /**
     * Record the version now running.
     *
     * @param version the version swapped in, or {@link #NOT_A_REGISTRY_VERSION}.
     */
    public void running(final long version)
    {
        runningVersion = version;
    }
}
