package io.ticksignal.replay.drift;

import java.nio.file.Path;
import java.util.Optional;

import org.agrona.DirectBuffer;

import io.ticksignal.codecs.sbe.ControlEventDecoder;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.journal.JournalRecordListener;
import io.ticksignal.engine.model.live.ModelSwapDetail;

/**
 * The model a live engine started with, when its journal says so: an engine following a model registry journals
 * the version it goes live with as a {@code MODEL_SWAP} before its first input. The drift monitor is bound to the
 * model the pipeline is built with, so a replay of the monitor must start from that model, not from the version
 * promoted when the replay runs. Cold path.
 */
public final class StartModel implements JournalRecordListener
{
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final ControlEventDecoder control = new ControlEventDecoder();
    private Path bundle;
    private boolean sawInput;

    private StartModel()
    {
    }

    /**
     * @param journal the journal directory.
     * @return the bundle directory of the last {@code MODEL_SWAP} before the journal's first input, if any.
     */
    public static Optional<Path> find(final Path journal)
    {
        final StartModel start = new StartModel();
        try (JournalReader reader = JournalReader.open(journal))
        {
            while (!start.sawInput && reader.poll(start, 1) > 0)
            {
                // one record at a time, up to the first input
            }
        }
        return Optional.ofNullable(start.bundle);
    }

    @Override
    public void onRecord(
        final long index, final long engineSequence, final long receiveTimeNs, final EventKind kind,
        final int rejectReason, final DirectBuffer payload, final int offset, final int length)
    {
        if (EventKind.INPUT == kind || EventKind.REJECTED_INPUT == kind)
        {
            sawInput = true;
            return;
        }
        if (EventKind.CONTROL == kind && !sawInput)
        {
            control.wrapAndApplyHeader(payload, offset, header);
            if (ControlType.MODEL_SWAP == control.controlType())
            {
                bundle = ModelSwapDetail.parse(control.detail()).bundle();
            }
        }
    }

    @Override
    public void onCorruptRecord(
        final long index, final int reason, final DirectBuffer document, final int offset, final int length)
    {
        // a corrupt record before the first input names no model
    }
}
