package org.careweave.plan;

import org.careweave.plan.CarePlan;

/** The result for one case of {@link BatchPlanner#planAll}: its plan, or why there is none. */
public record Outcome(long index, String caseId, CarePlan plan, Failure failure) {

    public boolean ok() {
        return failure == null;
    }
}
