/** Ticksignal engine module. */
package io.ticksignal.engine;
