package org.careweave.fact;

/**
 * Conclusion: the setting recommended after this episode ({@code home}, {@code home-with-help}, {@code home-health},
 * {@code outpatient}, {@code inpatient-rehab}, {@code skilled-nursing}) and why. A null {@code setting} is the
 * decision that the setting is to be decided (e.g. the home is not described), {@code because} saying why; the plan
 * then has {@code recommendedSetting: null} with that reason.
 */
public record DischargeSetting(String setting, String because) implements Explained {}
