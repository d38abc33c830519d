package io.ticksignal.engine.model.live;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import io.ticksignal.engine.model.live.ModelRequestDirectory.SwapStatus;
import io.ticksignal.engine.pipeline.BundleDecisionScorer;
import org.agrona.ErrorHandler;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.status.AtomicCounter;

/**
 * The model loader: takes swap requests from the {@link ModelRequestDirectory}, one at a time, prepares each off the
 * hot path ({@link ModelSwapPreparer}: load, validate, open the scorer), hands it to the pipeline thread through
 * the {@link ModelSwapSlot}, and once the pipeline thread has applied it answers {@code ok} and closes the retired
 * scorer. A request that cannot be prepared is answered {@code failed} with the reasons, counted
 * ({@code ticksignal: model swaps rejected}) and reported to the error handler; the old model keeps running.
 * <p>
 * Thread: its own (the runtime runs it under an {@code AgentRunner} with a 100 ms sleeping idle strategy, so the
 * directory is polled every 100 ms when idle). Allocation: cold path only; nothing of it runs on the pipeline
 * thread.
 */
public final class ModelRequestAgent implements Agent
{
    private final ModelRequestDirectory requests;
    private final ModelSwapPreparer preparer;
    private final ModelSwapSlot slot;
    private final AtomicCounter swapsRejected;
    private final ErrorHandler errorHandler;
    private PreparedSwap inFlight;
    private String inFlightId;

    /**
     * @param requests      the request directory (created here if missing).
     * @param preparer      prepares swaps over the pipeline's feature stage.
     * @param slot          the handoff to the pipeline thread.
     * @param swapsRejected counts refused requests.
     * @param errorHandler  told about each refused request (the engine's error log).
     */
    public ModelRequestAgent(
        final ModelRequestDirectory requests,
        final ModelSwapPreparer preparer,
        final ModelSwapSlot slot,
        final AtomicCounter swapsRejected,
        final ErrorHandler errorHandler)
    {
        this.requests = requests;
        this.preparer = preparer;
        this.slot = slot;
        this.swapsRejected = swapsRejected;
        this.errorHandler = errorHandler;
        requests.create();
    }

    @Override
    public int doWork()
    {
        if (null != inFlight)
        {
            return completeInFlight();
        }
        final List<String> pending = requests.pendingRequests();
        if (pending.isEmpty())
        {
            return 0;
        }
        final String id = pending.get(0);
        try
        {
            final Path bundle = requests.takeRequest(id);
            final PreparedSwap swap = preparer.prepare(bundle);
            if (!slot.offer(swap))
            {
                swap.scorer().close();
                throw new ModelSwapException("model swap rejected: another swap is still being applied", null);
            }
            inFlight = swap;
            inFlightId = id;
        }
        catch (final ModelSwapException | UncheckedIOException ex)
        {
            swapsRejected.increment();
            errorHandler.onError(ex);
            requests.answer(id, SwapStatus.FAILED, ex.getMessage());
        }
        return 1;
    }

    private int completeInFlight()
    {
        if (!inFlight.isApplied())
        {
            return 0;
        }
        if (inFlight.retired() instanceof BundleDecisionScorer retired)
        {
            retired.close();
        }
        requests.answer(inFlightId, SwapStatus.OK, "model swapped after engine sequence " +
            inFlight.engineSequence() + ": " + inFlight.detail().format());
        inFlight = null;
        inFlightId = null;
        return 1;
    }

    @Override
    public String roleName()
    {
        return "ticksignal-model-loader";
    }
}
