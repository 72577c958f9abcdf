package org.careweave.fact;

/**
 * How often and how long a discipline sees the patient. A schedule chosen from several that apply
 * ({@code rules/plan/schedule.drl}) relays its {@link ScheduleOption}: the plan names the rule that found the option
 * applies, with this schedule's own {@code because} (which may add what the option took precedence over).
 *
 * @param discipline    {@code pt} or {@code ot}
 * @param visitsPerWeek visits per week
 * @param weeks         duration in weeks
 * @param because       the reason in words
 * @param basis         the option this schedule was chosen from, or null for a schedule a rule sets directly
 */
public record Schedule(String discipline, int visitsPerWeek, int weeks, String because, ScheduleOption basis)
        implements Explained, Derived {

    /**
     * A schedule a rule sets directly, with no option to choose between.
     *
     * @param discipline    {@code pt} or {@code ot}
     * @param visitsPerWeek visits per week
     * @param weeks         duration in weeks
     * @param because       the reason in words
     */
    public Schedule(String discipline, int visitsPerWeek, int weeks, String because) {
        this(discipline, visitsPerWeek, weeks, because, null);
    }
}
