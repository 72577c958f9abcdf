package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.careweave.PlanningException;
import org.careweave.fact.Alert;
import org.careweave.fact.DischargeEquipment;
import org.careweave.fact.DischargeReferral;
import org.careweave.fact.DischargeSetting;
import org.careweave.fact.HomeProgram;
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
import org.careweave.plan.DischargePlan;
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
 */
final class PlanAssembler {

    private static final Comparator<String> DISCIPLINE_ORDER =
            Comparator.comparingInt(d -> Vocabulary.DISCIPLINES.indexOf(d));

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
                discharge(c),
                ClaimAssembler.claims(c),
                alerts(c),
                trace == null ? null : trace.stream()
                        .map(f -> new TraceEntry(f.rule(), fileOf(ruleSet, f.rule()), f.facts()))
                        .toList());
    }

    private static String fileOf(RuleSet ruleSet, String rule) {
        RuleSet.RuleInfo info = ruleSet.rule(rule);
        return info == null ? null : info.file();
    }

    private static List<DisciplineDecision> disciplines(Conclusions c) {
        List<DisciplineDecision> out = new ArrayList<>();
        for (String d : Vocabulary.DISCIPLINES) {
            List<Reason> yes = c.all(Indication.class).stream()
                    .filter(i -> i.discipline().equals(d)).map(c::reason).sorted().distinct().toList();
            List<Reason> no = c.all(NoIndication.class).stream()
                    .filter(i -> i.discipline().equals(d)).map(c::reason).sorted().distinct().toList();
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
            // scope: treat wins over evaluate (a discipline that leads a problem also evaluates first)
            boolean treats = c.all(Indication.class).stream()
                    .anyMatch(i -> i.discipline().equals(d) && Indication.TREAT.equals(i.scope()));
            List<String> referrals = c.all(Referral.class).stream()
                    .filter(r -> r.discipline().equals(d)).map(Referral::kind).distinct().sorted().toList();
            if (referrals.size() > 1) {
                throw new PlanningException(d + " is both " + String.join(" and ", referrals) + " ("
                        + c.all(Referral.class).stream().filter(r -> r.discipline().equals(d))
                                .map(r -> c.reason(r).rule()).sorted().distinct().collect(Collectors.joining(", "))
                        + ")");
            }
            out.add(new DisciplineDecision(d, true, treats ? Indication.TREAT : Indication.EVALUATE,
                    referrals.isEmpty() ? null : referrals.get(0), yes));
        }
        return out;
    }

    /** A problem's identity: one area in one region (region null when no finding located it). */
    private record Key(String area, String region) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::area)
                .thenComparing(Key::region, Comparator.nullsFirst(Comparator.naturalOrder()));

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }

        @Override
        public String toString() {
            return region == null ? area : area + " (" + region + ")";
        }
    }

    private static List<ProblemItem> problems(Conclusions c) {
        Map<Key, List<Lead>> leads = c.all(Lead.class).stream()
                .collect(Collectors.groupingBy(l -> new Key(l.area(), l.region()), TreeMap::new, Collectors.toList()));
        Map<Key, List<Need>> needs = c.all(Need.class).stream()
                .collect(Collectors.groupingBy(n -> new Key(n.area(), n.region()), TreeMap::new, Collectors.toList()));
        List<ProblemItem> out = new ArrayList<>();
        for (Key key : c.all(Problem.class).stream().map(p -> new Key(p.area(), p.region())).sorted().distinct()
                .toList()) {
            List<Lead> forArea = leads.getOrDefault(key, List.of());
            List<String> disciplines = forArea.stream().map(Lead::discipline).distinct().toList();
            if (disciplines.isEmpty()) {
                throw new PlanningException("problem '" + key + "' has no lead: no rule gave it an owner");
            }
            if (disciplines.size() > 1) {
                throw new PlanningException("problem '" + key + "' has " + disciplines.size() + " leads: "
                        + forArea.stream().map(l -> l.discipline() + " (" + c.reason(l).rule() + ")")
                                .sorted().collect(Collectors.joining(", ")));
            }
            List<Need> behind = needs.getOrDefault(key, List.of());
            List<Reason> reasons = new ArrayList<>();
            behind.stream().map(c::reason).forEach(reasons::add);
            forArea.stream().map(c::reason).forEach(reasons::add);
            out.add(new ProblemItem(key.area(), key.region(), side(behind), disciplines.get(0),
                    reasons.stream().sorted().distinct().toList()));
        }
        return out;
    }

    /** The side of a problem from its needs' sides: the one side they name, {@code both} when they differ. */
    private static String side(List<Need> needs) {
        List<String> sides = needs.stream().map(Need::side).filter(java.util.Objects::nonNull).distinct().toList();
        return sides.isEmpty() ? null : sides.size() == 1 ? sides.get(0) : "both";
    }

    /**
     * Goals in the order a plan of care lists them: per discipline, the short-term goals, then the long-term ones,
     * then any without a term, each in the order of areas.csv (Section GG self-care and mobility items in form
     * order, then body functions, daily life and participation), then by text; numbered in that order.
     */
    private static List<GoalItem> goals(Conclusions c, RuleSet ruleSet) {
        Map<String, Integer> areaOrder = ruleSet.areaOrder();
        List<PlanGoal> sorted = c.all(PlanGoal.class).stream()
                .sorted(Comparator.comparing(PlanGoal::discipline, DISCIPLINE_ORDER)
                        .thenComparing(g -> PlanGoal.SHORT.equals(g.term()) ? 0 : PlanGoal.LONG.equals(g.term()) ? 1 : 2)
                        .thenComparing(g -> areaOrder.getOrDefault(g.area(), Integer.MAX_VALUE))
                        .thenComparing(PlanGoal::area)
                        .thenComparing(PlanGoal::text))
                .distinct()
                .toList();
        Map<String, Integer> numbers = new TreeMap<>();
        List<GoalItem> out = new ArrayList<>();
        for (PlanGoal g : sorted) {
            int n = numbers.merge(g.discipline(), 1, Integer::sum);
            out.add(new GoalItem(g.discipline() + "-" + n, g.discipline(), g.area(), g.term(), g.weeks(), g.text(),
                    measure(g.scale(), g.baseline(), g.baselineWords()),
                    measure(g.targetScale(), g.target(), g.targetWords()), g.patientWords()));
        }
        return out;
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
        Map<List<String>, List<PlanPrecaution>> ordered = new TreeMap<>(Comparator
                .comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (PlanPrecaution p : c.all(PlanPrecaution.class)) {
            ordered.computeIfAbsent(List.of(p.kind(), p.text()), k -> new ArrayList<>()).add(p);
        }
        List<PrecautionItem> out = new ArrayList<>();
        for (Map.Entry<List<String>, List<PlanPrecaution>> e : ordered.entrySet()) {
            out.add(new PrecautionItem(e.getKey().get(0), e.getKey().get(1),
                    e.getValue().stream().map(PlanPrecaution::discipline).distinct().sorted(DISCIPLINE_ORDER).toList(),
                    e.getValue().stream().map(c::reason).sorted().distinct().toList()));
        }
        return out;
    }

    /**
     * The discharge plan, or null when no rule planned any part of it. Equipment: one entry per item (the first
     * discipline in discipline order recommends it); the rules must agree on one setting.
     */
    private static DischargePlan discharge(Conclusions c) {
        List<DischargeSetting> settings = c.all(DischargeSetting.class);
        List<DischargeEquipment> equipment = c.all(DischargeEquipment.class);
        List<HomeProgram> programme = c.all(HomeProgram.class);
        List<DischargeReferral> referrals = c.all(DischargeReferral.class);
        if (settings.isEmpty() && equipment.isEmpty() && programme.isEmpty() && referrals.isEmpty()) {
            return null;
        }
        // a null setting is a decision too ("to be decided", with its reason), so it may not sit beside another
        List<String> distinct = settings.stream().map(DischargeSetting::setting).distinct()
                .sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList();
        if (distinct.size() > 1) {
            throw new PlanningException("two discharge settings: " + settings.stream()
                    .map(s -> (s.setting() == null ? "to be decided" : s.setting()) + " (" + c.reason(s).rule() + ")").sorted().distinct()
                    .collect(Collectors.joining(", ")));
        }
        Map<String, DischargePlan.Equipment> items = new TreeMap<>();
        equipment.stream()
                .sorted(Comparator.comparing(DischargeEquipment::item)
                        .thenComparing(DischargeEquipment::discipline, DISCIPLINE_ORDER)
                        .thenComparing(DischargeEquipment::because))
                .forEach(e -> items.putIfAbsent(e.item(), new DischargePlan.Equipment(e.item(), e.because(),
                        e.discipline(), c.reason(e).rule(), e.source())));
        List<DischargePlan.HomeProgramEntry> homeProgram = programme.stream()
                .sorted(Comparator.comparing(HomeProgram::discipline, DISCIPLINE_ORDER)
                        .thenComparing(HomeProgram::text))
                .distinct()
                .map(h -> new DischargePlan.HomeProgramEntry(h.discipline(), h.text(), c.reason(h).rule(), h.source()))
                .toList();
        List<DischargePlan.ReferralItem> refer = referrals.stream()
                .sorted(Comparator.comparing(DischargeReferral::to).thenComparing(DischargeReferral::because))
                .distinct()
                .map(r -> new DischargePlan.ReferralItem(r.to(), r.because(), c.reason(r).rule(), r.source()))
                .toList();
        return new DischargePlan(distinct.isEmpty() ? null : distinct.get(0),
                settings.stream().map(c::reason).sorted().distinct().toList(),
                List.copyOf(items.values()), homeProgram, refer);
    }

    private static List<InterventionItem> interventions(Conclusions c, RuleSet ruleSet) {
        Map<String, String> descriptions = ruleSet.codeDescriptions();
        return c.all(Intervention.class).stream()
                .sorted(Comparator.comparing(Intervention::discipline, DISCIPLINE_ORDER)
                        .thenComparing(Intervention::area).thenComparing(Intervention::code))
                .distinct()
                .map(i -> new InterventionItem(i.discipline(), i.area(), i.code(), descriptions.get(i.code())))
                .toList();
    }

    private static List<ScheduleItem> schedule(Conclusions c) {
        Map<String, List<Schedule>> byDiscipline = c.all(Schedule.class).stream()
                .collect(Collectors.groupingBy(Schedule::discipline, TreeMap::new, Collectors.toList()));
        List<ScheduleItem> out = new ArrayList<>();
        for (String d : Vocabulary.DISCIPLINES) {
            List<Schedule> s = byDiscipline.getOrDefault(d, List.of());
            if (s.isEmpty()) {
                continue;
            }
            if (s.stream().map(x -> x.visitsPerWeek() + "x" + x.weeks()).distinct().count() > 1) {
                throw new PlanningException("two schedules for " + d + ": " + s.stream()
                        .map(x -> x.visitsPerWeek() + "/week for " + x.weeks() + " weeks (" + c.reason(x).rule() + ")")
                        .sorted().collect(Collectors.joining(", ")));
            }
            Schedule first = s.get(0);
            out.add(new ScheduleItem(d, first.visitsPerWeek(), first.weeks(),
                    s.stream().map(c::reason).sorted().distinct().toList()));
        }
        return out;
    }

    private static List<PlanAlert> alerts(Conclusions c) {
        return c.all(Alert.class).stream()
                .map(a -> {
                    String rule = c.ruleOf(a);
                    return new PlanAlert(a.kind(), a.severity(), a.ref(), a.message(),
                            rule == null ? "(engine)" : rule, c.sourceOf(rule));
                })
                .sorted(Comparator.comparing(PlanAlert::kind)
                        .thenComparing(a -> String.valueOf(a.ref()))
                        .thenComparing(PlanAlert::message)
                        .thenComparing(PlanAlert::rule))
                .distinct()
                .toList();
    }

    private static String rulesOf(List<Reason> reasons) {
        return reasons.stream().map(Reason::rule).distinct().collect(Collectors.joining(", "));
    }
}
