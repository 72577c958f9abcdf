package org.careweave.fact;

/**
 * Conclusion: a goal for a problem, owned by the problem's lead. {@code term} is {@code short} or {@code long};
 * {@code weeks}: when it should be met; {@code text}: the goal as a therapist writes it. {@code scale} names the scale
 * of {@code baseline} and {@code target} ({@code gg} levels 1-6, a score scale such as {@code moca-0-30}, or
 * {@code assist} for a functional target in words); {@code baseline}/{@code target} are null where the scale has
 * no number, {@code baselineWords}/{@code targetWords} say them in words. {@code patientWords}: the patient's own
 * goal text when the goal comes from it, else null.
 */
public record PlanGoal(String discipline, String area, String term, Integer weeks, String text, String scale,
        Double baseline, String baselineWords, String targetScale, Double target, String targetWords,
        String patientWords) {

    /** {@code term} of a short-term goal. */
    public static final String SHORT = "short";
    /** {@code term} of a long-term goal. */
    public static final String LONG = "long";
}
