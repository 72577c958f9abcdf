package org.careweave.fact;

/**
 * Conclusion ({@code rules/plan/after-discharge.drl}): the problem of {@code area} that {@code discipline} leads sets
 * no goal of this stay, because its activity belongs to the setting after discharge; {@code because} is the discharge
 * plan's reason (with the patient's own goal when one is worked on through it).
 */
public record GoalAfterDischarge(String area, String discipline, String because) {}
