package io.ticksignal.engine.model.live;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import io.ticksignal.engine.model.live.ModelRequestDirectory.SwapStatus;
import io.ticksignal.engine.model.registry.RegistryException;
import io.ticksignal.engine.model.registry.RegistryFollower;
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
 * When the engine follows a model registry ({@code model.registry}), the agent also polls the model's
 * {@code PROMOTED} file through a {@link RegistryFollower} whenever no request waits, and swaps to a newly promoted
 * version the same way; it answers under {@link RegistryFollower#answerId} so that {@code ticksignal model promote
 * --config} can wait for the swap. One swap is in flight at a time, whichever its source.
 * <p>
 * Thread: its own (the runtime runs it under an {@code AgentRunner} with a 100 ms sleeping idle strategy, so the
 * directory is polled every 100 ms when idle). Allocation: cold path only; nothing of it runs on the pipeline
 * thread.
 */
public final class ModelRequestAgent implements Agent
{
    private final ModelRequestDirectory requests;
    private final FileChangeProbe requestsProbe;
    private final ModelSwapPreparer preparer;
    private final ModelSwapSlot slot;
    private final AtomicCounter swapsRejected;
    private final ErrorHandler errorHandler;
    private final RegistryFollower follower;
    private PreparedSwap inFlight;
    private String inFlightId;
    private long inFlightVersion = RegistryFollower.NOT_A_REGISTRY_VERSION;

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
        this(requests, preparer, slot, swapsRejected, errorHandler, null);
    }

    /**
     * @param requests      the request directory (created here if missing).
     * @param preparer      prepares swaps over the pipeline's feature stage.
     * @param slot          the handoff to the pipeline thread.
     * @param swapsRejected counts refused requests and refused promotions.
     * @param errorHandler  told about each refused request or promotion (the engine's error log).
     * @param follower      the registry model followed, or null when the engine does not follow a registry.
     */
    public ModelRequestAgent(
        final ModelRequestDirectory requests,
        final ModelSwapPreparer preparer,
        final ModelSwapSlot slot,
        final AtomicCounter swapsRejected,
        final ErrorHandler errorHandler,
        final RegistryFollower follower)
    {
        this.follower = follower;
        this.requests = requests;
        this.requestsProbe = new FileChangeProbe(requests.directory());
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
        final List<String> pending = requestsProbe.mayHaveChanged(System.currentTimeMillis()) ?
            requests.pendingRequests() : List.of();
        if (pending.isEmpty())
        {
            return null == follower ? 0 : follow();
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
            inFlightVersion = RegistryFollower.NOT_A_REGISTRY_VERSION;
        }
        catch (final ModelSwapException | UncheckedIOException ex)
        {
            swapsRejected.increment();
            errorHandler.onError(ex);
            requests.answer(id, SwapStatus.FAILED, ex.getMessage());
        }
        return 1;
    }

    private int follow()
    {
        final long version;
        try
        {
            version = follower.poll();
        }
        catch (final RegistryException | UncheckedIOException ex)
        {
            swapsRejected.increment();
            errorHandler.onError(ex);
            return 1;
        }
        if (RegistryFollower.NO_CHANGE == version)
        {
            return 0;
        }
        final String id = RegistryFollower.answerId(follower.name(), version);
        final String what = "model " + follower.name() + " version " + version + " (promoted in " +
            follower.promotedFile() + ")";
        if (version == follower.runningVersion())
        {
            requests.answer(id, SwapStatus.OK, what + " is running already; nothing to swap");
            return 1;
        }
        try
        {
            final PreparedSwap swap = preparer.prepare(follower.bundle(version));
            if (!slot.offer(swap))
            {
                swap.scorer().close();
                throw new ModelSwapException("another swap is still being applied", null);
            }
            inFlight = swap;
            inFlightId = id;
            inFlightVersion = version;
        }
        catch (final ModelSwapException | RegistryException | UncheckedIOException ex)
        {
            swapsRejected.increment();
            final ModelSwapException refused = new ModelSwapException(what + " refused; the engine keeps running " +
                running() + ": " + ex.getMessage(), ex);
            errorHandler.onError(refused);
            requests.answer(id, SwapStatus.FAILED, refused.getMessage());
        }
        return 1;
    }

    private String running()
    {
        final long version = follower.runningVersion();
        return RegistryFollower.NOT_A_REGISTRY_VERSION == version ? "the model swapped in by 'model swap'" :
            "version " + version;
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
        if (null != follower)
        {
            follower.running(inFlightVersion);
        }
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
