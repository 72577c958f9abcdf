package org.careweave.fact.billing;

import org.careweave.model.PlanOfCare;

/**
 * A plan of care of a discipline that a later one took over (derived in {@code billing/deadlines.drl}): a new plan that
 * started later, or the same plan recorded again with a later recertification. Only the plan that took over is the one
 * to recertify; treatment on or after {@code by}'s start is {@code by}'s.
 *
 * @param plan the plan taken over
 * @param by   the plan that took it over
 */
public record PlanReplaced(PlanOfCare plan, PlanOfCare by) {}
