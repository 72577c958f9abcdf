package org.careweave.fact;

/**
 * Conclusion: a {@code frequency.csv} row applies to a discipline that treats (the setting's usual row, a child's,
 * a condition's own episode, a protocol's, a population's). A rule says only when its row applies; one rule
 * ({@code rules/plan/schedule.drl}) makes the option of highest {@code precedence} the discipline's one
 * {@link Schedule} (on a tie the longer, then the more frequent; options alike in all three are one schedule with
 * both reasons). An option from a {@code cap} row limits rather than sets: the option that would be chosen without it
 * keeps its schedule when it is no more frequent than the cap, and yields to the cap's row when it is.
 *
 * @param discipline    {@code pt} or {@code ot}
 * @param precedence    the row's {@code precedence} (0: the setting's usual frequency)
 * @param visitsPerWeek visits per week
 * @param weeks         duration in weeks
 * @param label         the row's {@code label}, how a chosen schedule's reason names this option when it comes
 *                      before it, or null: never named
 * @param cap           whether the row is a cap ({@code kind} {@code cap}): a ceiling on visits a week
 * @param because       the reason the schedule gives when this option is chosen
 */
public record ScheduleOption(String discipline, int precedence, int visitsPerWeek, int weeks, String label,
        boolean cap, String because) {}
