package org.careweave.clinical;

import org.careweave.TestRules;
import org.careweave.io.CaseReader;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DisciplineDecision;
import org.careweave.plan.Reason;

/** Small JSON cases for the clinical tests, read through the strict reader and planned with the real rules. */
final class Cases {

    private Cases() {}

    /** An adult outpatient case with the given conditions, findings, goals and home (JSON array/object bodies). */
    static String json(String conditions, String findings, String goals, String home) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-11-20\","
                + " \"patient\": { \"birthDate\": \"1950-01-01\" },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"medicare-part-b\" },"
                + " \"conditions\": [" + conditions + "], \"findings\": [" + findings + "],"
                + " \"goals\": [" + goals + "]" + (home == null ? "" : ", \"home\": " + home) + " }";
    }

    static CarePlan plan(String json) {
        return TestRules.planner().plan(CaseReader.read(json));
    }

    static CarePlan plan(String conditions, String findings) {
        return plan(json(conditions, findings, "", null));
    }

    static String condition(String category) {
        return "{ \"category\": \"" + category + "\" }";
    }

    static boolean indicated(CarePlan plan, String discipline) {
        return plan.discipline(discipline).indicated();
    }

    static String reasons(DisciplineDecision d) {
        return String.join(" | ", d.reasons().stream().map(Reason::because).toList());
    }
}
