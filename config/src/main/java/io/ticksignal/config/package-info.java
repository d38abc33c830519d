/**
 * The typed, immutable configuration of a Ticksignal engine and its YAML loader.
 * <p>
 * {@link io.ticksignal.config.ConfigLoader} reads a file, a classpath resource or a string into a
 * {@link io.ticksignal.config.TicksignalConfig} (records and enums, one per section) and
 * validates it once, at load. Every error is collected and reported together as a
 * {@link io.ticksignal.config.ConfigError} (key path, source, line, column, message with the bad
 * value and what is allowed) inside one {@link io.ticksignal.config.ConfigException};
 * {@link io.ticksignal.config.ConfigLoader#check(java.nio.file.Path)} returns the same as a
 * {@link io.ticksignal.config.ConfigCheckResult} for {@code ticksignal config check}.
 * <p>
 * Positions come from Jackson's streaming YAML parser: its token locations are kept on a small
 * tree of nodes, which section readers then bind with typed, error-collecting getters.
 * <p>
 * Defaults live in one place, the constants and path functions of
 * {@link io.ticksignal.config.ConfigDefaults}, chosen over a defaults YAML merged under the user's
 * file because constants are typed, visible to the engine and tests, and cannot themselves fail
 * to parse; {@code config/demo.yaml} documents every key and its default.
 */
package io.ticksignal.config;
