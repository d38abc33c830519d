/** The typed, immutable configuration model, its YAML loader and validation. */
package io.ticksignal.config;
