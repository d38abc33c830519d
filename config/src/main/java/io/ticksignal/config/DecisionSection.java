package io.ticksignal.config;

import java.util.List;

/**
 * Reads and validates the {@code decision} section.
 */
final class DecisionSection
{
    static final List<String> KEYS = List.of("minConfidence", "minHoldEvents", "emitMode", "signalExpiryEvents");

    private static final String CONFIDENCE_RULE = "between 0 and 1";
    private static final String HOLD_RULE = "0 or more events";
    private static final String EXPIRY_RULE = "0 (never) or more events";

    private DecisionSection()
    {
    }

    static DecisionConfig read(final SectionReader root)
    {
        final SectionReader decision = root.section("decision", KEYS);
        final double minConfidence = decision.number("minConfidence", CONFIDENCE_RULE)
            .orElse(ConfigDefaults.MIN_CONFIDENCE);
        if (minConfidence < 0.0 || minConfidence > 1.0)
        {
            decision.reject("minConfidence", minConfidence + " is not allowed: must be " + CONFIDENCE_RULE);
        }
        final long minHoldEvents = decision.wholeNumber("minHoldEvents", HOLD_RULE)
            .orElse(ConfigDefaults.MIN_HOLD_EVENTS);
        if (minHoldEvents < 0)
        {
            decision.reject("minHoldEvents", minHoldEvents + " is not allowed: must be " + HOLD_RULE);
        }
        final long signalExpiryEvents = decision.wholeNumber("signalExpiryEvents", EXPIRY_RULE)
            .orElse(ConfigDefaults.SIGNAL_EXPIRY_EVENTS);
        if (signalExpiryEvents < 0)
        {
            decision.reject("signalExpiryEvents", signalExpiryEvents + " is not allowed: must be " + EXPIRY_RULE);
        }
        return new DecisionConfig(
            minConfidence,
            minHoldEvents,
            decision.choice("emitMode", EmitMode.class, "an emit mode").orElse(ConfigDefaults.EMIT_MODE),
            signalExpiryEvents);
    }
}
