package org.careweave.model;

/**
 * A goal in the patient's own words and the activity it is about.
 *
 * @param text     the patient's words (echoed in the plan, escaped; never logged)
 * @param activity the area it is about, from {@code areas.csv} (e.g. {@code community-mobility})
 */
public record PatientGoal(String text, String activity) {}
