package org.careweave.fact;

/**
 * Conclusion: a discipline is seen on a condition's own short episode ({@code frequency.csv} row with a
 * {@code condition}), so the setting's usual frequency does not apply to it.
 *
 * @param discipline the discipline, {@code pt} or {@code ot}
 */
public record ConditionEpisode(String discipline) {}
