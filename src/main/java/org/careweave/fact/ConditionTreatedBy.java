package org.careweave.fact;

/** Knowledge that a discipline treats a condition category the patient has. Context, not an indication. */
public record ConditionTreatedBy(String category, String discipline, String because) implements Explained {}
