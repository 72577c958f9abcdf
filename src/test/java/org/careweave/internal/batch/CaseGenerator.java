package org.careweave.internal.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.careweave.internal.engine.Vocabularies;
import org.careweave.model.Vocabulary;

/**
 * Deterministic generator of realistic cases as single-line JSON (so they go through {@code CaseReader} exactly
 * like real input): 20 findings over distinct areas, 1-2 conditions, both orders, goals, plans of care and a few
 * visits of 10 services each. Only contract vocabulary is used; whether the rules can plan a given case is
 * checked by the benchmarks, which drop cases the rules reject (so the mix stays valid as rules grow).
 */
public final class CaseGenerator {

    /** Common PT/OT codes (timed and untimed, evaluations, group). */
    static final List<String> CODES = List.of("97110", "97112", "97116", "97140", "97530", "97535", "97542",
            "97150", "97161", "97162", "97165", "97166", "97750", "97760", "97763", "97032", "97035", "97018",
            "97129", "97130", "97537", "G0283");

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final SplittableRandom random;
    private final int findings;
    private final int visits;
    private final int servicesPerVisit;

    public CaseGenerator(long seed, int findings, int visits, int servicesPerVisit) {
        this.random = new SplittableRandom(seed);
        this.findings = findings;
        this.visits = visits;
        this.servicesPerVisit = servicesPerVisit;
    }

    /** The benchmark's "realistic mix": 20 findings, 3 visits of 10 services. */
    public static CaseGenerator realisticMix(long seed) {
        return new CaseGenerator(seed, 20, 3, 10);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public String next(String caseId) {
        LocalDate asOf = LocalDate.of(2026, 11, 20).minusDays(random.nextInt(0, 60));
        ObjectNode c = F.objectNode();
        c.put("caseId", caseId);
        c.put("asOf", asOf.toString());
        ObjectNode patient = c.putObject("patient");
        patient.put("id", "G-" + caseId);
        patient.put("birthDate", asOf.minusYears(random.nextInt(18, 95)).minusDays(random.nextInt(365)).toString());
        c.put("setting", random.nextInt(10) < 6 ? "outpatient" : pick(V1Vocabulary.SETTINGS));
        ObjectNode payer = c.putObject("payer");
        payer.put("kind", random.nextInt(10) < 6 ? "medicare-part-b" : pick(V1Vocabulary.PAYER_KINDS));
        ObjectNode allowed = payer.putObject("allowedToDate");
        allowed.put("ptSlp", random.nextInt(0, 300_000) / 100.0);
        allowed.put("ot", random.nextInt(0, 300_000) / 100.0);

        ArrayNode conditions = c.putArray("conditions");
        for (int i = 0, n = random.nextInt(1, 3); i < n; i++) {
            ObjectNode k = conditions.addObject();
            k.put("category", pick(V1Vocabulary.CONDITION_CATEGORIES));
            k.put("onset", asOf.minusDays(random.nextInt(5, 120)).toString());
        }

        List<String> areas = new ArrayList<>(V1Vocabulary.FINDING_AREAS);
        Collections.shuffle(areas, new java.util.Random(random.nextLong()));
        ArrayNode fs = c.putArray("findings");
        for (String area : areas.subList(0, Math.min(findings, areas.size()))) {
            ObjectNode f = fs.addObject();
            f.put("area", area);
            if (V1Vocabulary.GG_AREAS.contains(area)) {
                f.put("level", random.nextInt(1, 7));
            } else if (random.nextBoolean()) {
                // a score within the area's scale (strength is graded 0-5): clamped rather than drawn again, so
                // every other value of the seeded sequence stays as it was
                f.put("score", Math.min(random.nextInt(0, 11), scaleMax(area)));
            }
        }

        ObjectNode home = c.putObject("home");
        home.put("livesAlone", random.nextBoolean());
        home.put("entryStairs", random.nextInt(0, 8));
        home.put("bathroom", pick(V1Vocabulary.BATHROOMS));

        ArrayNode goals = c.putArray("goals");
        for (int i = 0; i < 2; i++) {
            ObjectNode g = goals.addObject();
            g.put("text", "goal " + i);
            g.put("activity", pick(List.copyOf(V1Vocabulary.GOAL_ACTIVITIES)));
        }
        ArrayNode orders = c.putArray("orders");
        ArrayNode poc = c.putArray("plansOfCare");
        LocalDate start = asOf.minusDays(random.nextInt(10, 80));
        for (String d : V1Vocabulary.DISCIPLINES) {
            ObjectNode o = orders.addObject();
            o.put("discipline", d);
            o.put("date", start.minusDays(2).toString());
            ObjectNode p = poc.addObject();
            p.put("discipline", d);
            p.put("start", start.toString());
            // certified within 40 days of the start but never after asOf: a certification is done by the date the
            // plan is made for (the reader refuses a later one); the same random draw, so every other case is as it was
            LocalDate certified = start.plusDays(random.nextInt(0, 40));
            p.put("certified", (certified.isAfter(asOf) ? asOf : certified).toString());
            p.putArray("progressReports");
        }

        ArrayNode vs = c.putArray("visits");
        for (int v = 0; v < visits; v++) {
            ObjectNode visit = vs.addObject();
            visit.put("date", asOf.minusDays((long) (visits - v) * 2).toString());
            ArrayNode services = visit.putArray("services");
            int minute = 8 * 60;
            for (int s = 0; s < servicesPerVisit; s++) {
                ObjectNode sv = services.addObject();
                sv.put("discipline", s % 2 == 0 ? "pt" : "ot");
                sv.put("code", pick(CODES));
                int minutes = random.nextInt(5, 46);
                sv.put("minutes", minutes);
                sv.put("start", String.format("%02d:%02d", (minute / 60) % 24, minute % 60));
                minute += minutes - (random.nextInt(5) == 0 ? 10 : 0);
                if (random.nextInt(8) == 0) {
                    sv.put("cotreatment", true);
                }
                if (random.nextInt(6) == 0) {
                    sv.put("byAssistant", true);
                }
                if (random.nextInt(12) == 0) {
                    sv.put("patientsInSession", random.nextInt(2, 5));
                }
            }
        }
        return c.toString();
    }

    /** The top of an area's score scale (areas.csv: a scale named name-min-max), or 10 when it names none. */
    private static int scaleMax(String area) {
        for (String scale : org.careweave.internal.engine.Vocabularies.bundled().values(
                org.careweave.model.Vocabulary.SCALE_OF + area)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(".*-([0-9]+)-([0-9]+)").matcher(scale);
            if (m.matches()) {
                return Integer.parseInt(m.group(2));
            }
        }
        return 10;
    }
}
