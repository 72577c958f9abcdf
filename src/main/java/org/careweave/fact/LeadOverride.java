package org.careweave.fact;

/**
 * A reason specific to this patient (condition, goal, setting) to give an area to a discipline other than its
 * usual owner, or to confirm the owner for a stronger reason. An override beats the domain owner; two
 * overrides for one area that name different disciplines are a rule conflict and fail the plan.
 */
public record LeadOverride(String area, String discipline, String because) implements Explained {}
