/** JMH benchmarks of the SBE wire codecs (encode, validate, decode) — allocation and ns/op. */
package io.ticksignal.bench.codec;
