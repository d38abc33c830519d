package io.ticksignal.engine.model.registry;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

import io.ticksignal.config.ModelRegistryConfig;
import io.ticksignal.engine.model.ModelBundle;
import io.ticksignal.engine.model.ModelBundleError;
import io.ticksignal.engine.model.ModelBundleException;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.SystemEpochClock;

/**
 * A model registry: a directory of named models, each with numbered versions (bundle directories) and one
 * promoted version that engines configured with {@code model: {registry: ROOT, name: NAME}} run and follow.
 * <pre>
 * ROOT/NAME/1/model.yaml ...     a bundle whose model.yaml says name: NAME, version: 1
 * ROOT/NAME/2/model.yaml ...
 * ROOT/NAME/PROMOTED             the promoted version, one line (written to a temporary file and renamed)
 * ROOT/NAME/promotions.log       every promote and rollback, appended (see PromotionLog)
 * </pre>
 * {@link #promote} validates the bundle (it loads, and its name and version are the directory's) before it
 * writes; {@link #rollback} returns to the version promoted before the current one, and again further back.
 * Changes to one model are serialised by a lock on {@code NAME/.lock}, so two commands cannot interleave.
 * <p>
 * Thread: any; every method does file operations. Allocation: cold path.
 */
public final class ModelRegistry
{
    /** Name of the file holding the promoted version. */
    public static final String PROMOTED_FILE = "PROMOTED";
    /** Name of the promotion history. */
    public static final String LOG_FILE = PromotionLog.FILE_NAME;

    private static final String LOCK_FILE = ".lock";

    private final Path root;
    private final EpochClock wallClock;

    /**
     * @param root the registry directory; promotions are stamped with the system wall clock.
     */
    public ModelRegistry(final Path root)
    {
        this(root, SystemEpochClock.INSTANCE);
    }

    /**
     * @param root      the registry directory.
     * @param wallClock stamps the promotion history (wall time of the command, not used in any computation).
     */
    public ModelRegistry(final Path root, final EpochClock wallClock)
    {
        this.root = root.toAbsolutePath().normalize();
        this.wallClock = wallClock;
    }

    /**
     * @return the registry directory, absolute.
     */
    public Path root()
    {
        return root;
    }

    /**
     * @param name a model name.
     * @return its directory.
     */
    public Path modelDirectory(final String name)
    {
        checkName(name);
        return root.resolve(name);
    }

    /**
     * @param name    a model name.
     * @param version a version.
     * @return the version's bundle directory (it may not exist).
     */
    public Path versionDirectory(final String name, final long version)
    {
        return modelDirectory(name).resolve(Long.toString(version));
    }

    /**
     * @param name a model name.
     * @return its {@code PROMOTED} file.
     */
    public Path promotedFile(final String name)
    {
        return modelDirectory(name).resolve(PROMOTED_FILE);
    }

    /**
     * @return the model names (directories under the root), sorted.
     * @throws RegistryException when the root is not a directory.
     */
    public List<String> names()
    {
        requireRoot();
        final List<String> names = new ArrayList<>();
        for (final Path entry : list(root))
        {
            final String name = entry.getFileName().toString();
            if (Files.isDirectory(entry) && ModelRegistryConfig.isValidName(name))
            {
                names.add(name);
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * @param name a model name.
     * @return its versions in numeric order, each checked ({@link #load}); entries that are not whole numbers are
     * left out (see {@link #strays}).
     * @throws RegistryException when the model directory does not exist.
     */
    public List<RegistryVersion> versions(final String name)
    {
        final List<RegistryVersion> versions = new ArrayList<>();
        for (final long version : versionNumbers(name))
        {
            final Path directory = versionDirectory(name, version);
            try
            {
                final ModelBundle bundle = load(name, version);
                versions.add(new RegistryVersion(version, directory, "", bundle.metadata().metrics()));
            }
            catch (final RegistryException ex)
            {
                versions.add(new RegistryVersion(version, directory, summarise(ex), Map.of()));
            }
        }
        return versions;
    }

    /**
     * @param name a model name.
     * @return the names of entries in the model's directory that are neither a version directory nor a registry
     * file (a user may have meant them as versions), sorted.
     */
    public List<String> strays(final String name)
    {
        final List<String> strays = new ArrayList<>();
        for (final Path entry : list(requireModel(name)))
        {
            final String file = entry.getFileName().toString();
            if (!file.equals(PROMOTED_FILE) && !file.equals(LOG_FILE) && !file.startsWith(".") &&
                PromotedFile.versionOf(file) < 0)
            {
                strays.add(file);
            }
        }
        strays.sort(null);
        return strays;
    }

    /**
     * @param name a model name.
     * @return the promoted version, or empty when the model has no {@code PROMOTED} file.
     * @throws RegistryException when the file is not a whole number.
     */
    public OptionalLong promoted(final String name)
    {
        return PromotedFile.read(promotedFile(name));
    }

    /**
     * The bundle an engine configured with this registry and name starts with.
     *
     * @param name a model name.
     * @return the promoted version's bundle, loaded and checked.
     * @throws RegistryException when nothing is promoted, or the promoted bundle is invalid.
     */
    public ModelBundle loadPromoted(final String name)
    {
        requireModel(name);
        final OptionalLong promoted = promoted(name);
        if (promoted.isEmpty())
        {
            throw new RegistryException("model " + name + " in registry " + root + " has no promoted version (no " +
                promotedFile(name) + "); promote one with 'ticksignal model promote " + name + " VERSION " +
                "--registry " + root + "'", null);
        }
        return load(name, promoted.getAsLong());
    }

    /**
     * Load a version's bundle and check that it is the version its directory says.
     *
     * @param name    a model name.
     * @param version a version.
     * @return the bundle.
     * @throws RegistryException when the directory is missing, the bundle is invalid, or its {@code model.yaml}
     *                           names another model or version.
     */
    public ModelBundle load(final String name, final long version)
    {
        final Path directory = versionDirectory(name, version);
        if (!Files.isDirectory(directory))
        {
            throw new RegistryException("model " + name + " has no version " + version + ": " + directory +
                " is not a directory" + knownVersions(name), null);
        }
        final ModelBundle bundle;
        try
        {
            bundle = ModelBundle.load(directory);
        }
        catch (final ModelBundleException ex)
        {
            throw new RegistryException(ex.getMessage(), ex);
        }
        final String bundleName = bundle.metadata().name();
        final long bundleVersion = bundle.metadata().version();
        if (!bundleName.equals(name) || bundleVersion != version)
        {
            throw new RegistryException(directory.resolve("model.yaml") + " says name: " + bundleName +
                ", version: " + bundleVersion + ", but its registry directory is " + name + "/" + version + "; " +
                "set name: " + name + " and version: " + version + " in model.yaml, or move the bundle to " +
                root.resolve(bundleName).resolve(Long.toString(bundleVersion)), null);
        }
        return bundle;
    }

    /**
     * Make a version the promoted one, after checking that it loads and matches its directory. Engines following
     * the model swap to it.
     *
     * @param name    a model name.
     * @param version the version to promote.
     * @return what changed ({@link Promotion#changed()} false when it was promoted already).
     * @throws RegistryException when the version is missing or invalid (nothing is written).
     */
    public Promotion promote(final String name, final long version)
    {
        requireModel(name);
        load(name, version);
        return underLock(name, () ->
        {
            final long current = promoted(name).orElse(Promotion.NONE);
            if (current == version)
            {
                return new Promotion(PromotionAction.PROMOTE, name, current, version, now(), false);
            }
            final Promotion promotion = new Promotion(PromotionAction.PROMOTE, name, current, version, now(), true);
            PromotedFile.write(promotedFile(name), version);
            PromotionLog.append(modelDirectory(name).resolve(LOG_FILE), promotion);
            return promotion;
        });
    }

    /**
     * Return to the version promoted before the current one; called again, it goes further back. The version
     * rolled back to is checked as {@link #promote} checks.
     *
     * @param name a model name.
     * @return what changed.
     * @throws RegistryException when there is nothing to roll back to, or that version no longer loads.
     */
    public Promotion rollback(final String name)
    {
        requireModel(name);
        return underLock(name, () -> rollbackLocked(name));
    }

    private Promotion rollbackLocked(final String name)
    {
        final long current = promoted(name).orElse(Promotion.NONE);
        if (current == Promotion.NONE)
        {
            throw new RegistryException("nothing to roll back: model " + name + " has no promoted version (no " +
                promotedFile(name) + "); promote one with 'ticksignal model promote " + name + " VERSION'", null);
        }
        final List<Long> stack = PromotionLog.stack(history(name), current);
        if (stack.size() < 2)
        {
            throw new RegistryException("nothing to roll back: version " + current + " of model " + name +
                " is the first one promoted (see " + modelDirectory(name).resolve(LOG_FILE) + "); promote " +
                "another version with 'ticksignal model promote " + name + " VERSION'", null);
        }
        final long previous = stack.get(stack.size() - 2);
        try
        {
            load(name, previous);
        }
        catch (final RegistryException ex)
        {
            throw new RegistryException("cannot roll model " + name + " back from version " + current +
                " to version " + previous + ", which no longer loads; version " + current + " stays " +
                "promoted. " + ex.getMessage(), ex);
        }
        final Promotion promotion = new Promotion(PromotionAction.ROLLBACK, name, current, previous, now(), true);
        PromotedFile.write(promotedFile(name), previous);
        PromotionLog.append(modelDirectory(name).resolve(LOG_FILE), promotion);
        return promotion;
    }

    /**
     * @param name a model name.
     * @return its promotions and rollbacks, oldest first.
     */
    public List<Promotion> history(final String name)
    {
        return PromotionLog.read(modelDirectory(name).resolve(LOG_FILE), name);
    }

    /**
     * @param name a model name.
     * @return the promotion stack, bottom first: the versions {@link #rollback} would return to, then the
     * promoted one on top; empty when nothing is promoted.
     */
    public List<Long> promotionStack(final String name)
    {
        return PromotionLog.stack(history(name), promoted(name).orElse(Promotion.NONE));
    }

    private Promotion underLock(final String name, final Supplier<Promotion> change)
    {
        final Path lockFile = modelDirectory(name).resolve(LOCK_FILE);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE))
        {
            final FileLock lock = channel.lock();
            try
            {
                return change.get();
            }
            finally
            {
                lock.release();
            }
        }
        catch (final IOException ex)
        {
            throw new RegistryException("cannot lock " + lockFile + " (another 'ticksignal model' command may " +
                "hold it): " + ex.getMessage(), ex);
        }
    }

    private String now()
    {
        return Instant.ofEpochMilli(wallClock.time()).toString();
    }

    private List<Long> versionNumbers(final String name)
    {
        final List<Long> versions = new ArrayList<>();
        for (final Path entry : list(requireModel(name)))
        {
            final long version = PromotedFile.versionOf(entry.getFileName().toString());
            if (version >= 0 && Files.isDirectory(entry))
            {
                versions.add(version);
            }
        }
        versions.sort(null);
        return versions;
    }

    private String knownVersions(final String name)
    {
        final List<Long> versions = versionNumbers(name);
        return versions.isEmpty() ? "; the model has no versions yet: copy a bundle to " +
            modelDirectory(name).resolve("1") : "; its versions are " + versions;
    }

    private static String summarise(final RegistryException ex)
    {
        if (ex.getCause() instanceof ModelBundleException bundle && !bundle.errors().isEmpty())
        {
            final ModelBundleError first = bundle.errors().get(0);
            final int more = bundle.errors().size() - 1;
            return (first.key().isEmpty() ? "" : first.key() + ": ") + first.message() +
                (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")");
        }
        return ex.getMessage();
    }

    private void requireRoot()
    {
        if (!Files.isDirectory(root))
        {
            throw new RegistryException("model registry " + root + " is not a directory; create it and put " +
                "bundles in " + root.resolve("NAME").resolve("VERSION"), null);
        }
    }

    private Path requireModel(final String name)
    {
        requireRoot();
        final Path directory = modelDirectory(name);
        if (!Files.isDirectory(directory))
        {
            final List<String> names = names();
            throw new RegistryException("model registry " + root + " has no model " + name + " (no directory " +
                directory + ")" + (names.isEmpty() ? "; it has no models yet" : "; its models are " + names), null);
        }
        return directory;
    }

    private static void checkName(final String name)
    {
        if (!ModelRegistryConfig.isValidName(name))
        {
            throw new RegistryException("'" + name + "' is not a model name: use letters, digits, '.', '_' and " +
                "'-' (not starting with '.')", null);
        }
    }

    private static List<Path> list(final Path directory)
    {
        final List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory))
        {
            for (final Path entry : stream)
            {
                entries.add(entry);
            }
        }
        catch (final IOException ex)
        {
            throw new RegistryException("cannot list " + directory + ": " + ex.getMessage(), ex);
        }
        return entries;
    }
}
