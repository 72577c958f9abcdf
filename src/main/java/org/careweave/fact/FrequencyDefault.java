package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/frequency.csv}: a discipline's usual visits per week and weeks in a
 * setting. {@code population} is {@code all} (the default when the column is empty) or {@code child} (patients
 * under 18, who follow the paediatric row of their setting where there is one). A row with a {@code condition} (an
 * ICD-10-CM code prefix such as {@code H81.1}, benign paroxysmal vertigo) is a short episode of its own: it replaces
 * the setting's row for a patient with that condition while {@code area} is the only problem the discipline leads.
 * Of the rows that apply to a discipline the one of highest {@code precedence} sets its schedule
 * ({@link ScheduleOption}); {@code label} names a row that came second in the chosen schedule's reason. A row of
 * {@code kind} {@code cap} is a ceiling rather than a schedule: an option it comes before that is no more frequent
 * keeps its own schedule, a more frequent one is replaced by the cap's row ({@code rules/plan/schedule.drl}).
 *
 * @param setting       the care setting
 * @param discipline    {@code pt} or {@code ot}
 * @param visitsPerWeek visits per week
 * @param weeks         duration in weeks
 * @param source        where the row's numbers come from
 * @param population    {@code all} or {@code child}; null means {@code all}
 * @param condition     the ICD-10-CM code prefix of a condition's own episode, or null
 * @param area          the problem area a condition's episode is for, or null
 * @param precedence    which row sets the schedule where several apply, the highest first; null means 0 (the
 *                      setting's usual row)
 * @param label         how a schedule's reason names this row when another came before it, or null
 * @param kind          {@code schedule} (a schedule of its own; null means {@code schedule}) or {@code cap} (a
 *                      ceiling on the visits a week of the options it comes before)
 */
public record FrequencyDefault(String setting, String discipline, int visitsPerWeek, int weeks, String source,
        String population, String condition, String area, Integer precedence, String label, String kind) {

    /** {@code population} of a row for every patient. */
    public static final String ALL = "all";
    /** {@code population} of a paediatric row (patients under 18). */
    public static final String CHILD = "child";
    /** {@code kind} of a row that is a schedule of its own (the default). */
    public static final String SCHEDULE = "schedule";
    /** {@code kind} of a row that caps the visits a week of the options it comes before. */
    public static final String CAP = "cap";

    /**
     * A row for every patient.
     *
     * @param setting       the care setting
     * @param discipline    {@code pt} or {@code ot}
     * @param visitsPerWeek visits per week
     * @param weeks         duration in weeks
     * @param source        where the row's numbers come from
     */
    public FrequencyDefault(String setting, String discipline, int visitsPerWeek, int weeks, String source) {
        this(setting, discipline, visitsPerWeek, weeks, source, ALL, null, null, null, null, null);
    }

    /**
     * Fills the default population ({@code all}), precedence (0) and kind ({@code schedule}).
     *
     * @param setting       the care setting
     * @param discipline    {@code pt} or {@code ot}
     * @param visitsPerWeek visits per week
     * @param weeks         duration in weeks
     * @param source        where the numbers come from
     * @param population    {@code all} or {@code child}; null means {@code all}
     * @param condition     the ICD-10-CM code prefix of a condition's own episode, or null
     * @param area          the problem area a condition's episode is for, or null
     * @param precedence    which row sets the schedule where several apply, the highest first; null means 0
     * @param label         how a schedule's reason names this row when another came before it, or null
     * @param kind          {@code schedule} or {@code cap}; null means {@code schedule}
     */
    public FrequencyDefault {
        population = population == null ? ALL : population;
        precedence = precedence == null ? 0 : precedence;
        kind = kind == null ? SCHEDULE : kind;
    }

    /**
     * Whether this row caps the visits a week of the options it comes before instead of being a schedule of its own.
     *
     * @return true for a row of {@code kind} {@code cap}
     */
    public boolean isCap() {
        return CAP.equals(kind);
    }
}
