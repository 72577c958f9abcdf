package org.careweave.fact.billing;

import java.time.LocalDate;
import org.careweave.model.PlanOfCare;

/**
 * A plan of care whose end a discipline treated past without a recertification or a new plan covering the treatment:
 * {@code date} and {@code ref} are the first such service. Its alert stands for the plan's recertification, so the
 * plan gets no second one for its 90 days.
 *
 * @param plan the plan of care that ended
 * @param date the first treatment date after it
 * @param ref  the JSON pointer of that treatment's service
 */
public record TreatedAfterPlan(PlanOfCare plan, LocalDate date, String ref) {}
