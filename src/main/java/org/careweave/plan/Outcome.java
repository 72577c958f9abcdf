package org.careweave.plan;

/**
 * The result for one case of {@link org.careweave.CarePlanner#planAll}: its plan, or why there is none.
 *
 * @param index   the case's position in the input stream, from 0
 * @param caseId  the case's {@code caseId}, as given
 * @param plan    the plan; null when {@code failure} is set
 * @param failure why there is no plan; null when {@code plan} is set
 */
public record Outcome(long index, String caseId, CarePlan plan, Failure failure) {

    /**
     * Whether the case was planned.
     *
     * @return true when there is a plan and no failure
     */
    public boolean ok() {
        return failure == null;
    }
}
