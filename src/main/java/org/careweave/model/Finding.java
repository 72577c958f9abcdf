package org.careweave.model;

/**
 * An assessed area of function. Section GG areas carry {@code level} (1 dependent .. 6 independent) or, when the
 * activity was not attempted, {@code notAttempted} ({@code refused} 07, {@code not-applicable} 09,
 * {@code environment} 10, {@code medical-safety} 88); other areas carry a {@code score} or neither (the finding is
 * simply present). Contract v2: {@code region} and {@code side} locate a body-function finding (null when not
 * given); {@code status} is {@code deficit} (the default), {@code intact} (assessed, no deficit) or
 * {@code not-assessed}; {@code priorLevel} is the GG level (1-6) before the current illness or injury, or null.
 *
 * @param area         the area, from the rules' {@code areas.csv} (e.g. {@code lower-body-dressing})
 * @param level        Section GG level, 1 (dependent) to 6 (independent); null for other areas
 * @param score        a score on the area's scale (e.g. 0-10 for pain); null when not scored
 * @param region       body region of a body-function finding (may be null)
 * @param side         {@code left}, {@code right} or {@code both} (may be null)
 * @param status       {@code deficit}, {@code intact} or {@code not-assessed}; null means {@code deficit}
 * @param notAttempted why a GG activity was not attempted ({@code refused}, {@code not-applicable},
 *                     {@code environment}, {@code medical-safety}), or null
 * @param priorLevel   GG level (1-6) before the current illness or injury, or null
 */
public record Finding(String area, Integer level, Double score, String region, String side, String status,
        String notAttempted, Integer priorLevel) {

    /** {@link #status()} of a finding that records a deficit (the default). */
    public static final String DEFICIT = "deficit";
    /** {@link #status()} of an area assessed and found without deficit. */
    public static final String INTACT = "intact";
    /** {@link #status()} of an area not assessed. */
    public static final String NOT_ASSESSED = "not-assessed";

    /**
     * A v1 finding: a deficit with a level, a score or neither, no region.
     *
     * @param area  the area
     * @param level Section GG level 1-6, or null
     * @param score a score on the area's scale, or null
     */
    public Finding(String area, Integer level, Double score) {
        this(area, level, score, null, null, null, null, null);
    }

    /**
     * Fills the default status.
     *
     * @param area         the area
     * @param level        Section GG level 1-6, or null
     * @param score        a score, or null
     * @param region       body region, or null
     * @param side         side, or null
     * @param status       status; null means {@code deficit}
     * @param notAttempted not-attempted reason, or null
     * @param priorLevel   prior GG level 1-6, or null
     */
    public Finding {
        status = status == null ? DEFICIT : status;
    }

    /**
     * Whether the finding has a Section GG level.
     *
     * @return true when {@link #level()} is not null
     */
    public boolean hasLevel() {
        return level != null;
    }

    /**
     * Whether the finding has a score.
     *
     * @return true when {@link #score()} is not null
     */
    public boolean hasScore() {
        return score != null;
    }

    /**
     * Recorded as a deficit (the v1 meaning of every finding).
     *
     * @return true when the status is {@code deficit}
     */
    public boolean isDeficit() {
        return DEFICIT.equals(status);
    }
}
