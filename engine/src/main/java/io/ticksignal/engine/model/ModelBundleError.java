package io.ticksignal.engine.model;

import java.util.Objects;

/**
 * One problem found while loading a bundle.
 *
 * @param file    the file it is in (as given, e.g. {@code models/m1/model.yaml}).
 * @param key     the key path in {@code model.yaml}, e.g. {@code features[2]} or {@code onnx.sha256}; empty for the
 *                file as a whole.
 * @param message what is wrong and how to fix it.
 */
public record ModelBundleError(String file, String key, String message)
{
    /**
     * Checks that no component is null.
     */
    public ModelBundleError
    {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @return {@code file: key: message}, leaving out an empty key.
     */
    public String format()
    {
        return key.isEmpty() ? file + ": " + message : file + ": " + key + ": " + message;
    }

    @Override
    public String toString()
    {
        return format();
    }
}
