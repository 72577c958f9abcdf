package org.careweave.internal.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.careweave.TestRules;
import org.careweave.io.CaseReader;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimDate;
import org.careweave.plan.ClaimLine;
import org.careweave.plan.PlanAlert;

/** Small helpers for billing tests: build a case from a few lines of JSON, plan it, find lines and alerts. */
final class Billing {

    private Billing() {}

    /** One service as JSON: discipline, code, minutes and any extra fields ("\"cotreatment\": true"). */
    static String svc(String discipline, String code, int minutes, String... extra) {
        StringBuilder s = new StringBuilder("{\"discipline\":\"" + discipline + "\",\"code\":\"" + code
                + "\",\"minutes\":" + minutes);
        for (String e : extra) {
            s.append(',').append(e);
        }
        return s.append('}').toString();
    }

    static String visit(String date, String... services) {
        return "{\"date\":\"" + date + "\",\"services\":[" + String.join(",", services) + "]}";
    }

    /**
     * A case with a payer kind, visits and any extra top-level fields. A Medicare Part A case is a skilled nursing
     * stay (Part A pays therapy inside an inpatient stay); every other payer's case is outpatient.
     */
    static CarePlan plan(String payer, List<String> visits, String... extra) {
        String setting = payer.equals("medicare-part-a") ? "skilled-nursing" : "outpatient";
        String json = "{\"caseId\":\"t\",\"setting\":\"" + setting + "\",\"payer\":{\"kind\":\"" + payer + "\"},"
                + (extra.length == 0 ? "" : String.join(",", extra) + ",")
                + "\"visits\":[" + String.join(",", visits) + "]}";
        return TestRules.planner().plan(CaseReader.read(json));
    }

    static CarePlan planJson(String json) {
        return TestRules.planner().plan(CaseReader.read(json));
    }

    static List<ClaimLine> lines(CarePlan plan) {
        List<ClaimLine> out = new ArrayList<>();
        for (ClaimDate d : plan.claims()) {
            out.addAll(d.lines());
        }
        return out;
    }

    static ClaimLine line(CarePlan plan, String discipline, String code) {
        List<ClaimLine> found = lines(plan).stream()
                .filter(l -> l.discipline().equals(discipline) && l.code().equals(code)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + discipline + " " + code + " line, found " + found.size()
                    + " in " + lines(plan));
        }
        return found.get(0);
    }

    static int units(CarePlan plan, String discipline, String code) {
        return line(plan, discipline, code).units();
    }

    static List<PlanAlert> alerts(CarePlan plan, String kind) {
        return plan.alerts().stream().filter(a -> a.kind().equals(kind)).collect(Collectors.toList());
    }

    static String reasons(ClaimLine line) {
        return line.reasons().stream().map(r -> r.rule() + ": " + r.because() + " [" + r.source() + "]")
                .collect(Collectors.joining("\n"));
    }
}
