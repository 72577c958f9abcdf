package org.careweave.internal.billing;

import static org.careweave.internal.billing.Billing.alerts;
import static org.careweave.internal.billing.Billing.planJson;
import static org.careweave.internal.billing.Billing.svc;
import static org.careweave.internal.billing.Billing.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.PlanAlert;
import org.junit.jupiter.api.Test;

/**
 * Evaluation complexity against what the case counts (tables/evaluation-complexity.csv; APTA's PT evaluation
 * reference table, AOTA's 2017 performance-deficit guidance): PT low needs 1-2 examined elements, moderate 3 or more,
 * high 4 or more (the history's personal factors are not in the case, so it is not checked); OT low 1-3 performance
 * deficits, moderate 3-5, high 5 or more and a comorbidity.
 */
class EvaluationComplexityTest {

    private static CarePlan plan(int conditions, String findings, String... services) {
        StringBuilder conds = new StringBuilder();
        String[] categories = {"stroke", "copd", "cardiac", "arthritis"};
        for (int i = 0; i < conditions; i++) {
            conds.append(i == 0 ? "" : ",").append("{\"category\":\"").append(categories[i]).append("\"}");
        }
        return planJson("{\"caseId\":\"t\",\"asOf\":\"2026-12-01\",\"setting\":\"outpatient\",\"payer\":{\"kind\":"
                + "\"medicare-part-b\"},\"conditions\":[" + conds + "],\"findings\":[" + findings + "],\"visits\":["
                + visit("2026-12-01", services) + "]}");
    }

    private static List<String> flagged(CarePlan p) {
        return alerts(p, "evaluation-complexity").stream().map(PlanAlert::message)
                .map(m -> m.substring(0, m.indexOf(':'))).sorted().toList();
    }

    /** Three deficits (GG items) and one intact finding: 4 assessed, 3 deficits. */
    private static final String FOUR = "{\"area\":\"walk-150-feet\",\"level\":2},{\"area\":\"lower-body-dressing\","
            + "\"level\":2},{\"area\":\"shower-bathe\",\"level\":3},{\"area\":\"balance\",\"status\":\"intact\"}";

    @Test
    void aModeratePtEvaluationWithThreeElementsAndAComorbidityIsSupported() {
        assertEquals(List.of(), flagged(plan(2, FOUR, svc("pt", "97162", 30))));
    }

    @Test
    void aPtEvaluationsHistoryIsNotCheckedForTheCaseHasNoPersonalFactors() {
        // Moderate needs 1-2 personal factors or comorbidities, high 3 or more; one condition and no personal factors
        // in the case prove no shortfall.
        assertEquals(List.of(), flagged(plan(1, FOUR, svc("pt", "97162", 30))));
        assertEquals(List.of(), flagged(plan(1, FOUR, svc("pt", "97163", 45))));
    }

    @Test
    void aHighPtEvaluationNeedsFourExaminedElements() {
        // FOUR: 4 assessed (met). Without the intact balance finding: 3 assessed, one alert for the examination.
        String three = FOUR.substring(0, FOUR.lastIndexOf(",{"));
        CarePlan p = plan(1, three, svc("pt", "97163", 45));
        assertEquals(List.of("2026-12-01 PT 97163 (PT evaluation of high complexity)"), flagged(p));
        assertEquals(true, alerts(p, "evaluation-complexity").get(0).message().contains("high complexity needs an"
                + " examination of 4 or more elements (body structures and functions, activity limitations or"
                + " participation restrictions); the case records 3 findings assessed"));
        // Moderate needs 3: met by the same three.
        assertEquals(List.of(), flagged(plan(1, three, svc("pt", "97162", 30))));
    }

    @Test
    void otLevelsCountPerformanceDeficits() {
        // 3 deficits: low (1) and moderate (3) are supported, high (5) is not; high also needs a comorbidity (1 here).
        assertEquals(List.of(), flagged(plan(1, FOUR, svc("ot", "97165", 30))));
        assertEquals(List.of(), flagged(plan(1, FOUR, svc("ot", "97166", 45))));
        CarePlan high = plan(1, FOUR, svc("ot", "97167", 60));
        assertEquals(2, alerts(high, "evaluation-complexity").size());
        assertEquals(1, alerts(plan(2, FOUR, svc("ot", "97167", 60)), "evaluation-complexity").size());
    }

    @Test
    void aReEvaluationHasNoLevelToCheck() {
        assertEquals(List.of(), flagged(plan(0, "", svc("pt", "97164", 20), svc("ot", "97168", 20))));
    }
}
