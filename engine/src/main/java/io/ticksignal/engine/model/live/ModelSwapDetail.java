package io.ticksignal.engine.model.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The detail text of a {@code MODEL_SWAP} control event, and how it is read back:
 * {@code model NAME version V; bundle ABSOLUTE_PATH; sha256 HEX}, where the sha256 is that of the bundle's
 * {@code model.yaml} (which records the sha256 of {@code model.onnx}, so it pins the whole bundle). The bundle
 * path must not contain {@code "; "}. Immutable.
 *
 * @param name          the model id (bundle name).
 * @param version       the model version.
 * @param bundle        the bundle directory, absolute.
 * @param modelYamlSha256 lower-case hex sha256 of {@code model.yaml}.
 */
public record ModelSwapDetail(String name, long version, Path bundle, String modelYamlSha256)
{
    private static final String SEPARATOR = "; ";

    /**
     * @return the detail text.
     */
    public String format()
    {
        return "model " + name + " version " + version + SEPARATOR + "bundle " + bundle + SEPARATOR + "sha256 " +
            modelYamlSha256;
    }

    /**
     * @param detail a detail text written by {@link #format()}.
     * @return the detail.
     * @throws IllegalArgumentException when the text is not of that form.
     */
    public static ModelSwapDetail parse(final String detail)
    {
        final String[] parts = detail.split(SEPARATOR, -1);
        if (parts.length != 3 || !parts[0].startsWith("model ") || !parts[1].startsWith("bundle ") ||
            !parts[2].startsWith("sha256 "))
        {
            throw new IllegalArgumentException("not a MODEL_SWAP detail: '" + detail + "'");
        }
        final String model = parts[0].substring("model ".length());
        final int versionAt = model.lastIndexOf(" version ");
        if (versionAt < 0)
        {
            throw new IllegalArgumentException("not a MODEL_SWAP detail (no version): '" + detail + "'");
        }
        return new ModelSwapDetail(model.substring(0, versionAt),
            Long.parseLong(model.substring(versionAt + " version ".length())),
            Path.of(parts[1].substring("bundle ".length())), parts[2].substring("sha256 ".length()));
    }

    /**
     * @param bundle a bundle directory.
     * @return the lower-case hex sha256 of its {@code model.yaml}.
     * @throws UncheckedIOException when the file cannot be read.
     */
    public static String sha256OfModelYaml(final Path bundle)
    {
        try
        {
            final MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(bundle.resolve("model.yaml"))));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + bundle.resolve("model.yaml"), ex);
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("this JVM has no SHA-256", ex);
        }
    }
}
