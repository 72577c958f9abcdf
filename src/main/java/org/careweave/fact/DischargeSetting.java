package org.careweave.fact;

/**
 * Conclusion: the setting recommended after this episode ({@code home}, {@code home-with-help}, {@code home-health},
 * {@code outpatient}, {@code inpatient-rehab}, {@code skilled-nursing}) and why.
 */
public record DischargeSetting(String setting, String because) implements Explained {}
