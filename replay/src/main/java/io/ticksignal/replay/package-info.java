/** Ticksignal replay module. */
package io.ticksignal.replay;
