package io.ticksignal.engine.pipeline;

/**
 * Scores one instrument at a decision point: proposes a direction and confidence and fills the class
 * probabilities. The {@link DecisionPolicy} decides afterwards, whatever the scorer. Implemented by
 * {@link RuleScorer} (the built-in rule); model scorers plug in here.
 * <p>
 * Called on the pipeline thread; {@link #score} allocates nothing and is deterministic (it reads only features).
 */
public interface Scorer
{
    /**
     * @return the model id written into each Signal, at most 32 ASCII characters (longer ids are cut).
     */
    String modelId();

    /**
     * @return the model version written into each Signal.
     */
    long modelVersion();

    /**
     * @return number of class labels, at most {@link EngineEvent#MAX_PROBABILITIES}.
     */
    int labelCount();

    /**
     * @param index class index.
     * @return its label, at most 8 ASCII characters, e.g. {@code BUY}.
     */
    String label(int index);

    /**
     * Score the instrument's current features.
     *
     * @param instrumentIndex dense instrument index.
     * @param score           cleared holder to fill: {@link Score#propose}, probabilities; no probabilities when
     *                        the features are not warm (then the proposal is HOLD with confidence 0).
     */
    void score(int instrumentIndex, Score score);
}
