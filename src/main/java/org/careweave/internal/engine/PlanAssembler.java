package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.careweave.PlanningException;
import org.careweave.fact.Alert;
import org.careweave.fact.Indication;
import org.careweave.fact.Intervention;
import org.careweave.fact.Lead;
import org.careweave.fact.Need;
import org.careweave.fact.NoIndication;
import org.careweave.fact.PlanGoal;
import org.careweave.fact.PlanPrecaution;
import org.careweave.fact.Problem;
import org.careweave.fact.Referral;
import org.careweave.fact.Schedule;
import org.careweave.internal.billing.ClaimAssembler;
import org.careweave.model.Vocabulary;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DisciplineDecision;
import org.careweave.plan.GoalItem;
import org.careweave.plan.InterventionItem;
import org.careweave.plan.PlanAlert;
import org.careweave.plan.PrecautionItem;
import org.careweave.plan.ProblemItem;
import org.careweave.plan.Reason;
import org.careweave.plan.RulesUsed;
import org.careweave.plan.ScheduleItem;
import org.careweave.plan.TraceEntry;

/**
 * Reads a session's conclusions into a {@link CarePlan}. It decides nothing: it sorts, numbers and checks the
 * invariants the contract promises (both disciplines decided, one lead per problem, one schedule per
 * discipline), failing loudly with the rules involved when the rules break one.
 *
 * <p>It runs once per plan over a few dozen conclusions, so it works with plain loops, one sort per list and
 * no grouping maps: stream pipelines and {@code groupingBy} into tree maps cost more than the sorting itself
 * (src/bench/RESULTS.md, "Java side of a plan"). The order and the messages are those of the streams it replaced.
 */
final class PlanAssembler {

    private static final Comparator<String> DISCIPLINE_ORDER = Ordered.DISCIPLINE_ORDER;

    private PlanAssembler() {}

    static CarePlan assemble(String caseId, RuleSet ruleSet, Conclusions c, List<DecisionRecorder.Firing> trace) {
        return new CarePlan(
                caseId,
                new RulesUsed(ruleSet.version(), ruleSet.source().origin().equals("bundled") ? "bundled" : "directory"),
                disciplines(c),
                problems(c),
                goals(c, ruleSet),
                interventions(c, ruleSet),
                schedule(c),
                precautions(c),
                DischargeAssembler.discharge(c),
                ClaimAssembler.claims(c),
                alerts(c),
                trace == null ? null : trace(ruleSet, trace));
    }

    private static List<TraceEntry> trace(RuleSet ruleSet, List<DecisionRecorder.Firing> trace) {
        List<TraceEntry> out = new ArrayList<>(trace.size());
        for (DecisionRecorder.Firing f : trace) {
            out.add(new TraceEntry(f.rule(), fileOf(ruleSet, f.rule()), f.facts()));
        }
        return out;
    }

    private static String fileOf(RuleSet ruleSet, String rule) {
        RuleSet.RuleInfo info = ruleSet.rule(rule);
        return info == null ? null : info.file();
    }

    private static List<DisciplineDecision> disciplines(Conclusions c) {
        List<Indication> indications = c.all(Indication.class);
        List<NoIndication> noIndications = c.all(NoIndication.class);
        List<DisciplineDecision> out = new ArrayList<>(Vocabulary.DISCIPLINES.size());
        for (String d : Vocabulary.DISCIPLINES) {
            List<Reason> yes = new ArrayList<>();
            boolean treats = false;
            for (Indication i : indications) {
                if (i.discipline().equals(d)) {
                    yes.add(c.reason(i));
                    // scope: treat wins over evaluate (a discipline that leads a problem also evaluates first)
                    treats |= Indication.TREAT.equals(i.scope());
                }
            }
            List<Reason> no = new ArrayList<>();
            for (NoIndication i : noIndications) {
                if (i.discipline().equals(d)) {
                    no.add(c.reason(i));
                }
            }
            Ordered.sortDistinct(yes);
            Ordered.sortDistinct(no);
            if (yes.isEmpty() && no.isEmpty()) {
                throw new PlanningException("no rule decided whether " + d + " is indicated");
            }
            if (!yes.isEmpty() && !no.isEmpty()) {
                throw new PlanningException(d + " is both indicated (" + rulesOf(yes) + ") and not indicated ("
                        + rulesOf(no) + ")");
            }
            if (yes.isEmpty()) {
                out.add(new DisciplineDecision(d, false, no));
                continue;
            }
            String referral = referral(c, d);
            out.add(new DisciplineDecision(d, true, treats ? Indication.TREAT : Indication.EVALUATE, referral, yes));
        }
        return out;
    }

    /** The one kind of referral the rules concluded for a discipline, or null; two kinds fail the plan. */
    private static String referral(Conclusions c, String d) {
        List<Referral> referrals = c.all(Referral.class);
        List<String> kinds = new ArrayList<>(1);
        for (Referral r : referrals) {
            if (r.discipline().equals(d)) {
                Ordered.addDistinct(kinds, r.kind());
            }
        }
        if (kinds.size() > 1) {
            kinds.sort(Comparator.naturalOrder());
            List<String> rules = new ArrayList<>();
            for (Referral r : referrals) {
                if (r.discipline().equals(d)) {
                    rules.add(c.reason(r).rule());
                }
            }
            throw new PlanningException(d + " is both " + String.join(" and ", kinds) + " ("
                    + String.join(", ", Ordered.sortDistinct(rules)) + ")");
        }
        return kinds.isEmpty() ? null : kinds.get(0);
    }

    /**
     * A problem's identity: one area in one region (region null when no finding located it), ordered by area,
     * then region (none first).
     */
    private record Key(String area, String region) implements Comparable<Key> {

        static Key of(String area, String region) {
            return new Key(Objects.requireNonNull(area), region);
        }

        @Override
        public int compareTo(Key o) {
            int byArea = area.compareTo(o.area);
            if (byArea != 0) {
                return byArea;
            }
            return region == null ? (o.region == null ? 0 : -1) : o.region == null ? 1 : region.compareTo(o.region);
        }

        boolean is(String otherArea, String otherRegion) {
            return area.equals(Objects.requireNonNull(otherArea)) && Objects.equals(region, otherRegion);
        }

        @Override
        public String toString() {
            return region == null ? area : area + " (" + region + ")";
        }
    }

    private static List<ProblemItem> problems(Conclusions c) {
        List<Problem> problems = c.all(Problem.class);
        List<Lead> leads = c.all(Lead.class);
        List<Need> needs = c.all(Need.class);
        // a lead or need without an area belongs to no problem: a rule's mistake, never silently dropped
        for (Lead l : leads) {
            Objects.requireNonNull(l.area());
        }
        for (Need n : needs) {
            Objects.requireNonNull(n.area());
        }
        List<Key> keys = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            keys.add(Key.of(p.area(), p.region()));
        }
        List<ProblemItem> out = new ArrayList<>(keys.size());
        for (Key key : Ordered.sortDistinct(keys)) {
            List<Reason> reasons = new ArrayList<>();
            List<String> disciplines = new ArrayList<>(1);
            for (Lead l : leads) {
                if (key.is(l.area(), l.region())) {
                    Ordered.addDistinct(disciplines, l.discipline());
                }
            }
            if (disciplines.isEmpty()) {
                throw new PlanningException("problem '" + key + "' has no lead: no rule gave it an owner");
            }
            if (disciplines.size() > 1) {
                throw new PlanningException("problem '" + key + "' has " + disciplines.size() + " leads: "
                        + String.join(", ", leadsOf(c, key, leads)));
            }
            // the needs' reasons, then the leads': of two reasons that sort alike, the first added stays first
            List<String> sides = new ArrayList<>(1);
            for (Need n : needs) {
                if (key.is(n.area(), n.region())) {
                    reasons.add(c.reason(n));
                    if (n.side() != null) {
                        Ordered.addDistinct(sides, n.side());
                    }
                }
            }
            for (Lead l : leads) {
                if (key.is(l.area(), l.region())) {
                    reasons.add(c.reason(l));
                }
            }
            out.add(new ProblemItem(key.area(), key.region(), side(sides), disciplines.get(0),
                    Ordered.sortDistinct(reasons)));
        }
        return out;
    }

    /** "pt (rule), ot (rule)" for a problem the rules gave two leads, sorted. */
    private static List<String> leadsOf(Conclusions c, Key key, List<Lead> leads) {
        List<String> out = new ArrayList<>();
        for (Lead l : leads) {
            if (key.is(l.area(), l.region())) {
                out.add(l.discipline() + " (" + c.reason(l).rule() + ")");
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** The side of a problem from its needs' distinct sides: the one side they name, {@code both} when they differ. */
    private static String side(List<String> sides) {
        return sides.isEmpty() ? null : sides.size() == 1 ? sides.get(0) : "both";
    }

    /**
     * Goals in the order a plan of care lists them: per discipline, the short-term goals, then the long-term ones,
     * then any without a term, each in the order of areas.csv (Section GG self-care and mobility items in form
     * order, then body functions, daily life and participation), then by text; numbered in that order.
     */
    private static List<GoalItem> goals(Conclusions c, RuleSet ruleSet) {
        Map<String, Integer> areaOrder = ruleSet.areaOrder();
        List<PlanGoal> sorted = new ArrayList<>(c.all(PlanGoal.class));
        Ordered.sortDistinct(sorted, (a, b) -> compareGoals(a, b, areaOrder));
        List<GoalItem> out = new ArrayList<>(sorted.size());
        String discipline = null;
        int n = 0;
        for (PlanGoal g : sorted) {
            // sorted by discipline first, so each discipline's goals are together and numbered from 1
            n = Objects.requireNonNull(g.discipline()).equals(discipline) ? n + 1 : 1;
            discipline = g.discipline();
            out.add(new GoalItem(g.discipline() + "-" + n, g.discipline(), g.area(), g.term(), g.weeks(), g.text(),
                    measure(g.scale(), g.baseline(), g.baselineWords()),
                    measure(g.targetScale(), g.target(), g.targetWords()), g.patientWords()));
        }
        return out;
    }

    /** Discipline, term (short, long, none), area in areas.csv order, area, text. */
    private static int compareGoals(PlanGoal a, PlanGoal b, Map<String, Integer> areaOrder) {
        int c = compareDisciplines(a.discipline(), b.discipline());
        if (c == 0) {
            c = Integer.compare(termRank(a.term()), termRank(b.term()));
        }
        if (c == 0) {
            c = Integer.compare(areaOrder.getOrDefault(a.area(), Integer.MAX_VALUE),
                    areaOrder.getOrDefault(b.area(), Integer.MAX_VALUE));
        }
        if (c == 0) {
            c = a.area().compareTo(b.area());
        }
        return c != 0 ? c : a.text().compareTo(b.text());
    }

    private static int termRank(String term) {
        return PlanGoal.SHORT.equals(term) ? 0 : PlanGoal.LONG.equals(term) ? 1 : 2;
    }

    private static int compareDisciplines(String a, String b) {
        return Ordered.compareDisciplines(a, b);
    }

    private static GoalItem.Measure measure(String scale, Double value, String words) {
        if (scale == null && value == null && words == null) {
            return null;
        }
        Number n = value == null ? null : value == Math.rint(value) ? (Number) Integer.valueOf(value.intValue()) : value;
        return new GoalItem.Measure(scale, n, words);
    }

    /** One item per precaution kind and text, with every discipline it binds (in discipline order). */
    private static List<PrecautionItem> precautions(Conclusions c) {
        List<PlanPrecaution> sorted = new ArrayList<>(c.all(PlanPrecaution.class));
        for (PlanPrecaution p : sorted) {
            Objects.requireNonNull(p.kind());
            Objects.requireNonNull(p.text());
        }
        // stable: within one kind and text, the precautions stay in the order read back
        sorted.sort(PlanAssembler::comparePrecautions);
        List<PrecautionItem> out = new ArrayList<>();
        for (int from = 0, n = sorted.size(); from < n; ) {
            PlanPrecaution first = sorted.get(from);
            List<String> disciplines = new ArrayList<>(2);
            List<Reason> reasons = new ArrayList<>();
            int to = from;
            for (; to < n && comparePrecautions(first, sorted.get(to)) == 0; to++) {
                Ordered.addDistinct(disciplines, sorted.get(to).discipline());
                reasons.add(c.reason(sorted.get(to)));
            }
            disciplines.sort(DISCIPLINE_ORDER);
            out.add(new PrecautionItem(first.kind(), first.text(), disciplines, Ordered.sortDistinct(reasons)));
            from = to;
        }
        return out;
    }

    private static int comparePrecautions(PlanPrecaution a, PlanPrecaution b) {
        int c = a.kind().compareTo(b.kind());
        return c != 0 ? c : a.text().compareTo(b.text());
    }

    private static List<InterventionItem> interventions(Conclusions c, RuleSet ruleSet) {
        Map<String, String> descriptions = ruleSet.codeDescriptions();
        List<Intervention> sorted = Ordered.sortDistinct(new ArrayList<>(c.all(Intervention.class)), (a, b) -> {
            int r = compareDisciplines(a.discipline(), b.discipline());
            if (r == 0) {
                r = a.area().compareTo(b.area());
            }
            return r != 0 ? r : a.code().compareTo(b.code());
        });
        List<InterventionItem> out = new ArrayList<>(sorted.size());
        for (Intervention i : sorted) {
            out.add(new InterventionItem(i.discipline(), i.area(), i.code(), descriptions.get(i.code())));
        }
        return out;
    }

    private static List<ScheduleItem> schedule(Conclusions c) {
        List<Schedule> all = c.all(Schedule.class);
        List<ScheduleItem> out = new ArrayList<>(Vocabulary.DISCIPLINES.size());
        for (Schedule s : all) {
            Objects.requireNonNull(s.discipline());
        }
        for (String d : Vocabulary.DISCIPLINES) {
            Schedule first = null;
            boolean differ = false;
            List<Reason> reasons = new ArrayList<>();
            for (Schedule s : all) {
                if (s.discipline().equals(d)) {
                    if (first == null) {
                        first = s;
                    }
                    differ |= s.visitsPerWeek() != first.visitsPerWeek() || s.weeks() != first.weeks();
                    reasons.add(c.reason(s, s.because())); // the chosen option's rule, this schedule's words
                }
            }
            if (first == null) {
                continue;
            }
            if (differ) {
                throw new PlanningException("two schedules for " + d + ": "
                        + String.join(", ", schedulesOf(c, d, all)));
            }
            out.add(new ScheduleItem(d, first.visitsPerWeek(), first.weeks(), Ordered.sortDistinct(reasons)));
        }
        return out;
    }

    /** "3/week for 4 weeks (rule)" for each schedule of a discipline, sorted. */
    private static List<String> schedulesOf(Conclusions c, String d, List<Schedule> all) {
        List<String> out = new ArrayList<>();
        for (Schedule x : all) {
            if (x.discipline().equals(d)) {
                out.add(x.visitsPerWeek() + "/week for " + x.weeks() + " weeks (" + c.reason(x).rule() + ")");
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static List<PlanAlert> alerts(Conclusions c) {
        List<Alert> alerts = c.all(Alert.class);
        List<PlanAlert> out = new ArrayList<>(alerts.size());
        for (Alert a : alerts) {
            String rule = c.ruleOf(a);
            // an alert that applies a table row cites the row's own source (Sourced), else its rule's @source
            String source = a.source() != null && !a.source().isBlank() ? c.cite(a.source()) : c.sourceOf(rule);
            out.add(new PlanAlert(a.kind(), a.severity(), a.ref(), a.message(), rule == null ? "(engine)" : rule,
                    source));
        }
        return Ordered.sortDistinct(out, PlanAssembler::compareAlerts);
    }

    private static int compareAlerts(PlanAlert a, PlanAlert b) {
        int c = a.kind().compareTo(b.kind());
        if (c == 0) {
            c = String.valueOf(a.ref()).compareTo(String.valueOf(b.ref()));
        }
        if (c == 0) {
            c = a.message().compareTo(b.message());
        }
        return c != 0 ? c : a.rule().compareTo(b.rule());
    }

    private static String rulesOf(List<Reason> reasons) {
        List<String> rules = new ArrayList<>(reasons.size());
        for (Reason r : reasons) {
            Ordered.addDistinct(rules, r.rule());
        }
        return String.join(", ", rules);
    }
}
