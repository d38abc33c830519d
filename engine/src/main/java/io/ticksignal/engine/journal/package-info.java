/**
 * The event journal: every input (accepted or rejected), every output and every control event,
 * one Chronicle Queue document each, written ahead of any output derived from an input, and read
 * back for replay and recovery.
 *
 * <h2>Record layout</h2>
 * Each document holds exactly one SBE {@code JournalRecord} (template 20, schema 7), nothing
 * before or after it; all values are little-endian:
 * <pre>
 * offset length field
 *      0      8 messageHeader  blockLength = 18, templateId = 20, schemaId = 7, version = 1
 *      8      8 engineSequence int64, assigned at ingress
 *     16      8 receiveTimeNs  int64, engine receive time, ns since the epoch (CONTROL: engine clock)
 *     24      1 kind           EventKind: INPUT 0, REJECTED_INPUT 1, OUTPUT 2, CONTROL 3, SHADOW_OUTPUT 4
 *     25      1 rejectReason   RejectReason: NONE 0 unless kind is REJECTED_INPUT
 *     26      4 payload length uint32, at most 1,048,576
 *     30      n payload        the embedded SBE message, its own header included
 * </pre>
 * A record is 30 bytes plus its payload (a 47-byte Trade makes a 77-byte record); Chronicle adds
 * a 4-byte document header and its index.
 *
 * <h2>Kinds</h2>
 * <ul>
 *     <li>{@code INPUT}: an accepted market-data message (Trade, Quote, BookUpdate or Bar) as
 *     received.</li>
 *     <li>{@code REJECTED_INPUT}: the bytes as received, whatever they are (they may not be SBE at
 *     all), with the reason they were rejected. Rejected inputs are journaled, never dropped.</li>
 *     <li>{@code OUTPUT}: a {@code Signal}, with the engine sequence and receive time of the input
 *     it was derived from.</li>
 *     <li>{@code SHADOW_OUTPUT}: a {@code Signal} of the shadow (challenger) model ({@code model.shadow}), with the
 *     engine sequence and receive time of its input, its model id and version the shadow bundle's. Never
 *     published; read by {@code ticksignal signals --shadow}, {@code replay --verify} and {@code backtest}.</li>
 *     <li>{@code CONTROL}: a {@code ControlEvent} (template 21): engine start and stop, model
 *     swap, recovery start and end, with the model version and a UTF-8 detail such as a bundle
 *     path. Its engine sequence is the last one assigned when it happened; its receive time and
 *     the event's {@code timestampNs} are the engine clock.</li>
 * </ul>
 *
 * <h2>Ordering</h2>
 * The journal has a single writer, the pipeline thread, and documents are read in the order they
 * were appended. An input is appended before any output derived from it, so a replay that reads
 * an {@code OUTPUT} has already read its input; outputs carry their input's engine sequence. For one input the
 * order is {@code INPUT}, its {@code OUTPUT} (if any), then its {@code SHADOW_OUTPUT} (if any).
 * Engine sequences increase in append order; a restarted engine continues from
 * {@link io.ticksignal.engine.journal.JournalReader#lastEngineSequence()}.
 *
 * <h2>Roll cycles</h2>
 * The journal is a directory of cycle files, one per roll cycle (configured as a
 * {@code RollCycleKind}, mapped to the Chronicle roll cycle of the same name; the default
 * {@code FAST_DAILY} is one file per UTC day). The cycle of a document is decided by the
 * writer's clock when it is appended. A journal keeps the roll cycle it was created with. A
 * document's index, given to readers, combines its cycle and its sequence within the cycle.
 *
 * <h2>Recovery and crashes</h2>
 * A restarted engine opens the same directory and appends after what is there. Before going live
 * it rebuilds feature state by replaying the inputs of the last cycle, the one holding the last
 * record ({@link io.ticksignal.engine.journal.JournalReader#toStartOfLastCycle()}), through the
 * same stages without publishing, so feature windows longer than a cycle start cold. A writer
 * that died without closing leaves a readable journal up to its last complete document; a
 * document it left half-written is not delivered. A document that is not a well-formed record
 * (the envelope, or the payload of an INPUT, OUTPUT, SHADOW_OUTPUT or CONTROL record, fails the codecs'
 * {@code MessageValidator}) is reported to the reader's listener with its index, never skipped in
 * silence.
 *
 * <h2>Replay verification</h2>
 * {@link io.ticksignal.engine.journal.OutputDigest} folds the output stream into a SHA-256
 * digest with {@code Signal.ingressToDecisionNs}, a measured latency, read as zero.
 */
package io.ticksignal.engine.journal;
