/**
 * Aeron plumbing shared by the engine and the command line: launching an embedded media driver
 * with a low-CPU idle strategy, connecting a client to an embedded or external driver with a
 * clear error when none runs, and mapping configured idle strategies onto Agrona's.
 */
package io.ticksignal.engine.aeron;
