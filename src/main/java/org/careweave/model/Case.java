package org.careweave.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One patient case as clinic software sends it (see the JSON contract). Immutable; lists are copied and never
 * null, so rules and the planner can rely on them. Contract v2 adds {@code precautions}. Read one from JSON with
 * {@link org.careweave.io.CaseReader}; one built in Java is checked the same way when it is planned.
 *
 * @param caseId      the clinic's id for the case: 1-128 characters, no control characters (checked when planned,
 *                    {@link org.careweave.io.CaseReader#MAX_CASE_ID}); echoed in the plan, never logged at INFO or above
 * @param asOf        "today" for the plan: deadlines and certification periods are counted from it
 * @param patient     who the case is about (may be null)
 * @param setting     where care happens, from the rules' {@code settings.csv} (e.g. {@code outpatient})
 * @param payer       who pays (may be null)
 * @param conditions  diagnoses; never null
 * @param findings    assessed areas of function (Section GG levels, scores); never null
 * @param home        the home as it bears on discharge (may be null)
 * @param goals       goals in the patient's own words; never null
 * @param orders      referrals or orders, one per discipline; never null
 * @param visits      dates of delivered therapy with their services (minutes); never null
 * @param plansOfCare each discipline's plan of care (certification dates); never null
 * @param billing     the clinic's billing choices; never null (defaults filled)
 * @param precautions precautions every discipline must respect (contract v2); never null
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

    /**
     * A v1 case: no precautions.
     *
     * @param caseId      the clinic's id for the case
     * @param asOf        "today" for the plan
     * @param patient     who the case is about (may be null)
     * @param setting     where care happens
     * @param payer       who pays (may be null)
     * @param conditions  diagnoses
     * @param findings    assessed areas of function
     * @param home        the home (may be null)
     * @param goals       the patient's goals
     * @param orders      referrals or orders
     * @param visits      dates of delivered therapy
     * @param plansOfCare plans of care
     * @param billing     billing choices (null: defaults)
     */
    public Case(String caseId, LocalDate asOf, Patient patient, String setting, Payer payer,
            List<Condition> conditions, List<Finding> findings, Home home, List<PatientGoal> goals,
            List<Order> orders, List<Visit> visits, List<PlanOfCare> plansOfCare, BillingOptions billing) {
        this(caseId, asOf, patient, setting, payer, conditions, findings, home, goals, orders, visits, plansOfCare,
                billing, List.of());
    }

    /**
     * Copies the lists (null becomes empty) and fills the billing defaults.
     *
     * @param caseId      the clinic's id for the case
     * @param asOf        "today" for the plan
     * @param patient     who the case is about (may be null)
     * @param setting     where care happens
     * @param payer       who pays (may be null)
     * @param conditions  diagnoses
     * @param findings    assessed areas of function
     * @param home        the home (may be null)
     * @param goals       the patient's goals
     * @param orders      referrals or orders
     * @param visits      dates of delivered therapy
     * @param plansOfCare plans of care
     * @param billing     billing choices (null: defaults)
     * @param precautions precautions (null: none)
     */
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
