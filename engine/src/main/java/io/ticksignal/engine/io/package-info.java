/**
 * File writing shared by the engine's tools: atomic replacement of files other processes read.
 */
package io.ticksignal.engine.io;
