package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/nature-phases.csv}: a finding of {@code nature} (finding-natures.csv) is in
 * the phase {@code phase} while the operation it follows, a condition of {@code category}, is at least
 * {@code fromWeek} and less than {@code untilWeek} whole weeks old on the plan's date ({@code rules/needs/natures.drl}),
 * so its goal and interventions follow the phase's rows of functional-goals.csv and interventions.csv: leg strength
 * after a knee ligament reconstruction aims at the quadriceps milestone of its post-operative weeks, not at the
 * return-to-sport criteria that are tested months later.
 *
 * @param nature    the finding's nature the phases divide, e.g. {@code knee-ligament}
 * @param category  the condition category whose onset the weeks run from, e.g. {@code orthopedic-surgery}
 * @param fromWeek  the first whole week after the onset the phase holds in (0: from the day of the operation)
 * @param untilWeek the whole week after the onset from which the phase no longer holds; null: from fromWeek on
 * @param phase     the phase's nature as the goal and intervention tables name it, e.g. {@code knee-ligament:early}
 * @param source    the reference
 */
public record NaturePhase(String nature, String category, int fromWeek, Integer untilWeek, String phase,
                          String source) {}
