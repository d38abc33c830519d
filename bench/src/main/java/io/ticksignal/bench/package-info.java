/** Ticksignal bench module. */
package io.ticksignal.bench;
