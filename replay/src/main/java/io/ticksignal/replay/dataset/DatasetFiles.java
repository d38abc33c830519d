package io.ticksignal.replay.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.ticksignal.engine.io.AtomicFiles;

/**
 * Writes a dataset's CSV and its sidecar {@code <csv>.meta.yaml}, each to a temporary file in the target directory
 * renamed into place when complete, so that a reader never sees a half-written file and a failed run leaves any
 * earlier files as they were. Stateless.
 */
public final class DatasetFiles
{
    /** The sidecar's suffix, appended to the CSV file name. */
    public static final String META_SUFFIX = ".meta.yaml";

    private DatasetFiles()
    {
    }

    /**
     * @param csv a dataset CSV path.
     * @return its sidecar path, {@code <csv>.meta.yaml}.
     */
    public static Path metaPath(final Path csv)
    {
        return csv.resolveSibling(csv.getFileName() + META_SUFFIX);
    }

    /**
     * Write both files.
     *
     * @param dataset the dataset.
     * @param csv     the CSV path; its directory must exist.
     * @param source  the input, for the sidecar.
     * @param command the command line, for the sidecar.
     * @return the sidecar written.
     * @throws IOException if a file cannot be written (nothing is left half-written).
     */
    public static DatasetMeta write(final Dataset dataset, final Path csv, final String source, final String command)
        throws IOException
    {
        final MessageDigest sha256 = sha256();
        final Path csvTemp = AtomicFiles.temporarySibling(csv);
        try
        {
            try (OutputStream file = Files.newOutputStream(csvTemp);
                Writer writer = new OutputStreamWriter(new DigestOutputStream(file, sha256), StandardCharsets.UTF_8))
            {
                DatasetCsv.write(dataset, writer);
            }
            final DatasetMeta meta = new DatasetMeta(source, command, dataset.featureNames(), dataset.label(),
                dataset.rows().size(), HexFormat.of().formatHex(sha256.digest()));
            final Path metaFile = metaPath(csv);
            final Path metaTemp = AtomicFiles.temporarySibling(metaFile);
            try
            {
                Files.writeString(metaTemp, meta.toYaml(), StandardCharsets.UTF_8);
                AtomicFiles.moveIntoPlace(csvTemp, csv);
                AtomicFiles.moveIntoPlace(metaTemp, metaFile);
            }
            finally
            {
                Files.deleteIfExists(metaTemp);
            }
            return meta;
        }
        finally
        {
            Files.deleteIfExists(csvTemp);
        }
    }

    private static MessageDigest sha256()
    {
        try
        {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }
}
