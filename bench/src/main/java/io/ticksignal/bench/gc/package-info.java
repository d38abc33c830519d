/**
 * The allocation and GC run: the real engine (demo configuration and bundle, journal on) fed ten million real
 * trades in a child JVM with a small heap and GC logging; counts GC cycles before and after warm-up and reports
 * the process's resident memory.
 */
package io.ticksignal.bench.gc;
