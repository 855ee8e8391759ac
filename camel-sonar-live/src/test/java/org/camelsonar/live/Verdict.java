package org.camelsonar.live;

/** What a live check concluded about one assumed wire detail. */
enum Verdict {
    /** Sonar behaved as the component assumes. */
    CONFIRMED,
    /** Sonar behaved otherwise: the component (or the docs) need a correction. */
    REFUTED,
    /** The effect could not be observed in this run; the observation says what was missing. */
    INCONCLUSIVE;

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
