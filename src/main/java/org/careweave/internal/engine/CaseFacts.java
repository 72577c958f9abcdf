package org.careweave.internal.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careweave.fact.CaseContext;
import org.careweave.fact.DeliveredService;
import org.careweave.fact.billing.ClaimDiagnosis;
import org.careweave.model.Case;
import org.careweave.model.PriorDevice;
import org.careweave.model.Service;
import org.careweave.model.Visit;

/** Turns a case into the facts a session starts from. The patient's id stays out: rules never need it. */
final class CaseFacts {

    private CaseFacts() {}

    static List<Object> of(Case c) {
        List<Object> facts = new ArrayList<>();
        LocalDate asOf = asOf(c);
        Integer age = c.patient() == null ? null : CaseContext.ageYears(c.patient().birthDate(), asOf);
        facts.add(new CaseContext(
                asOf,
                c.setting(),
                c.payer() == null ? null : c.payer().kind(),
                c.payer() == null ? null : c.payer().unitMethod(),
                age,
                c.billing().cotreatmentUnits(),
                c.payer() == null ? 0 : c.payer().allowedToDate().ptSlp(),
                c.payer() == null ? 0 : c.payer().allowedToDate().ot()));
        if (c.patient() != null) {
            // The birth date only as a fact rules compare dates with (it prints as withheld); the id stays out.
            if (c.patient().birthDate() != null) {
                facts.add(new org.careweave.fact.BirthDate(c.patient().birthDate()));
            }
            // v2 prior function (GG0100) and devices (GG0110)
            if (c.patient().priorFunction() != null) {
                facts.add(c.patient().priorFunction());
            }
            c.patient().priorDevices().stream().distinct().map(PriorDevice::new).forEach(facts::add);
        }
        facts.addAll(c.precautions());
        facts.addAll(c.conditions());
        // Each condition again with its JSON pointer, for an alert that names it by place, not by diagnosis.
        for (int i = 0; i < c.conditions().size(); i++) {
            var condition = c.conditions().get(i);
            facts.add(new org.careweave.fact.ConditionAt("/conditions/" + i, condition.code(), condition.category()));
        }
        // Claim lines point to the case's ICD-10-CM codes in the case's order (the first is the primary): the
        // order is the case's, so it comes from here rather than from the rules.
        int position = 0;
        for (var condition : c.conditions()) {
            if (condition.code() != null) {
                facts.add(new org.careweave.fact.billing.ClaimDiagnosis(condition.code(), position++));
            }
        }
        facts.addAll(c.findings());
        if (c.home() != null) {
            facts.add(c.home());
        }
        facts.addAll(c.goals());
        facts.addAll(c.orders());
        facts.addAll(c.plansOfCare());
        for (int v = 0; v < c.visits().size(); v++) {
            Visit visit = c.visits().get(v);
            for (int s = 0; s < visit.services().size(); s++) {
                Service sv = visit.services().get(s);
                facts.add(new DeliveredService("/visits/" + v + "/services/" + s, v, s, visit.date(),
                        sv.discipline(), sv.code(), sv.minutes(), sv.cotreatment(), sv.start(), sv.byAssistant(),
                        sv.patientsInSession(), sv.area(), sv.assistantMinutes()));
            }
        }
        return facts;
    }

    /** The date the plan is made for ({@link org.careweave.internal.io.PlanDate#of}). */
    static LocalDate asOf(Case c) {
        return org.careweave.internal.io.PlanDate.of(c);
    }
}
