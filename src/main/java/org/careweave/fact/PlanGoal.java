package org.careweave.fact;

/** A goal for a problem, owned by the problem's lead. {@code order} sorts goals within a discipline. */
public record PlanGoal(String discipline, String area, String text) {}
