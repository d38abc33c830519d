package io.ticksignal.engine.model.live;

import java.io.File;
import java.nio.file.Path;

/**
 * Tells a poller whether a file or directory may have changed since it last looked, without allocating, so that
 * an idle engine's model loader reads or lists nothing (a directory listing or a file read every 100 ms allocated
 * about 16 KB/s, a young GC every half hour on a small heap).
 * <p>
 * It compares the modification time (milliseconds) and length with those of the last look, and answers "may have
 * changed" as well while the modification time is less than {@value #RECENT_MS} ms old: two changes within one
 * millisecond leave the time as it was, so a recent time is not trusted. The wall clock used for that is not
 * computed from events (this only decides when to look). Thread: one poller. Allocation: none.
 */
public final class FileChangeProbe
{
    /** How long after its last modification a file is looked at on every poll, ms. */
    public static final long RECENT_MS = 2_000;

    private final File file;
    private boolean looked;
    private long lastModifiedMs;
    private long length;

    /**
     * @param path the file or directory to watch.
     */
    public FileChangeProbe(final Path path)
    {
        this.file = path.toFile();
    }

    /**
     * @param nowMs the wall clock, ms since the epoch.
     * @return true when the caller should look (read or list) now: the first time, after a change, and while the
     * last change is recent.
     */
    public boolean mayHaveChanged(final long nowMs)
    {
        final long modifiedMs = file.lastModified();
        final long size = file.length();
        final boolean changed = !looked || modifiedMs != lastModifiedMs || size != length;
        looked = true;
        lastModifiedMs = modifiedMs;
        length = size;
        return changed || nowMs - modifiedMs < RECENT_MS;
    }
}
