package org.careweave.fact;

/**
 * Conclusion used inside the rules, never reported: a problem ({@code area}) is one a new injury causes
 * (goal-course.csv causes), and the injury began after the progressive condition, so the problem follows the
 * injury's course and the progressive condition shapes how it is trained (rules/plan/course.drl).
 *
 * @param area        the problem's area
 * @param injury      the newer condition's category
 * @param progressive the older progressive condition's category
 */
public record InjuryProblem(String area, String injury, String progressive) {}
