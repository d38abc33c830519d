/** JMH benchmarks of the Chronicle Queue journal: append cost per record, ns/op and B/op. */
package io.ticksignal.bench.journal;
