/**
 * Runs the JMH suite in a quick or a full mode and writes its results, with the command, date
 * and machine, to {@code bench/results/DATE-HOST.json} and {@code .md}.
 */
package io.ticksignal.bench.suite;
