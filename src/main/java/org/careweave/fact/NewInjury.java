package org.careweave.fact;

/**
 * Conclusion used inside the rules, never reported: a condition with a restorative course ({@code injury}) began
 * after a progressive one ({@code progressive}, course {@code maintain} in goal-course.csv), so the problems the
 * injury causes follow the injury's course, not the progressive condition's (rules/plan/course.drl).
 *
 * @param injury      the newer condition's category
 * @param progressive the older progressive condition's category
 */
public record NewInjury(String injury, String progressive) {}
