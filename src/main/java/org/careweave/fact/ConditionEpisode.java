package org.careweave.fact;

/**
 * Conclusion: a discipline is seen on an episode of its own, so the setting's usual frequency does not apply to it:
 * a condition's ({@code frequency.csv} row with a {@code condition}; {@code population} null) or a population's
 * ({@code frequency.csv} row with a {@code population} such as {@code cardiac-rehab}). A condition's episode comes
 * first: a population's row applies only to a discipline no condition's episode sets, so a discipline has one
 * schedule.
 *
 * @param discipline the discipline, {@code pt} or {@code ot}
 * @param population the frequency.csv population whose row sets the episode, or null for a condition's episode
 */
public record ConditionEpisode(String discipline, String population) {

    /**
     * A condition's episode.
     *
     * @param discipline the discipline, {@code pt} or {@code ot}
     */
    public ConditionEpisode(String discipline) {
        this(discipline, null);
    }
}
