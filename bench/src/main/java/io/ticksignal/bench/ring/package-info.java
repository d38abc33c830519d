/** JMH benchmarks of the Disruptor ring between ingress and the pipeline: one producer, one consumer. */
package io.ticksignal.bench.ring;
