package org.careweave.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One patient case as clinic software sends it (see the JSON contract). Immutable; lists are copied and never
 * null, so rules and the planner can rely on them. Contract v2 adds {@code precautions}.
 */
public record Case(
        String caseId,
        LocalDate asOf,
        Patient patient,
        String setting,
        Payer payer,
        List<Condition> conditions,
        List<Finding> findings,
        Home home,
        List<PatientGoal> goals,
        List<Order> orders,
        List<Visit> visits,
        List<PlanOfCare> plansOfCare,
        BillingOptions billing,
        List<Precaution> precautions) {

    /** A v1 case: no precautions. */
    public Case(String caseId, LocalDate asOf, Patient patient, String setting, Payer payer,
            List<Condition> conditions, List<Finding> findings, Home home, List<PatientGoal> goals,
            List<Order> orders, List<Visit> visits, List<PlanOfCare> plansOfCare, BillingOptions billing) {
        this(caseId, asOf, patient, setting, payer, conditions, findings, home, goals, orders, visits, plansOfCare,
                billing, List.of());
    }

    public Case {
        conditions = List.copyOf(conditions == null ? List.of() : conditions);
        findings = List.copyOf(findings == null ? List.of() : findings);
        goals = List.copyOf(goals == null ? List.of() : goals);
        orders = List.copyOf(orders == null ? List.of() : orders);
        visits = List.copyOf(visits == null ? List.of() : visits);
        plansOfCare = List.copyOf(plansOfCare == null ? List.of() : plansOfCare);
        billing = billing == null ? BillingOptions.DEFAULT : billing;
        precautions = List.copyOf(precautions == null ? List.of() : precautions);
    }
}
