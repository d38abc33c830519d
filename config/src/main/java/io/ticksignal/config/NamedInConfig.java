package io.ticksignal.config;

/**
 * An enum constant's spelling in a config file. The loader matches it ignoring case and
 * treating {@code _} and {@code -} alike, so {@code busy-spin}, {@code BUSY_SPIN} and
 * {@code Busy_Spin} are the same value; error messages list the spelling returned here.
 */
public interface NamedInConfig
{
    /**
     * @return the canonical spelling used in config files and error messages.
     */
    String configName();
}
