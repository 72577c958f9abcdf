package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/frequency.csv}: a discipline's usual visits per week and weeks in a
 * setting. {@code population} is {@code all} (the default when the column is empty) or {@code child} (patients
 * under 18, who follow the paediatric row of their setting where there is one).
 */
public record FrequencyDefault(String setting, String discipline, int visitsPerWeek, int weeks, String source,
        String population) {

    public static final String ALL = "all";
    public static final String CHILD = "child";

    /** A row for every patient. */
    public FrequencyDefault(String setting, String discipline, int visitsPerWeek, int weeks, String source) {
        this(setting, discipline, visitsPerWeek, weeks, source, ALL);
    }

    public FrequencyDefault {
        population = population == null ? ALL : population;
    }
}
