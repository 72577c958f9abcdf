package org.careweave.model;

/**
 * An assessed area of function. Section GG areas carry {@code level} (1 dependent .. 6 independent) or, when the
 * activity was not attempted, {@code notAttempted} ({@code refused} 07, {@code not-applicable} 09,
 * {@code environment} 10, {@code medical-safety} 88); other areas carry a {@code score} or neither (the finding is
 * simply present). Contract v2: {@code region} and {@code side} locate a body-function finding (null when not
 * given); {@code status} is {@code deficit} (the default), {@code intact} (assessed, no deficit) or
 * {@code not-assessed}; {@code priorLevel} is the GG level (1-6) before the current illness or injury, or null.
 */
public record Finding(String area, Integer level, Double score, String region, String side, String status,
        String notAttempted, Integer priorLevel) {

    public static final String DEFICIT = "deficit";
    public static final String INTACT = "intact";
    public static final String NOT_ASSESSED = "not-assessed";

    /** A v1 finding: a deficit with a level, a score or neither, no region. */
    public Finding(String area, Integer level, Double score) {
        this(area, level, score, null, null, null, null, null);
    }

    public Finding {
        status = status == null ? DEFICIT : status;
    }

    public boolean hasLevel() {
        return level != null;
    }

    public boolean hasScore() {
        return score != null;
    }

    /** Recorded as a deficit (the v1 meaning of every finding). */
    public boolean isDeficit() {
        return DEFICIT.equals(status);
    }
}
