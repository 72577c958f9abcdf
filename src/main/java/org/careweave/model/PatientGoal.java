package org.careweave.model;

/** A goal in the patient's own words and the activity it is about. */
public record PatientGoal(String text, String activity) {}
