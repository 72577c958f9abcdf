package org.careweave.internal.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.careweave.fact.CaseContext;
import org.careweave.model.Case;
import org.careweave.model.Finding;
import org.careweave.model.PatientGoal;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimDate;
import org.careweave.plan.ClaimLine;
import org.careweave.plan.DischargePlan;
import org.careweave.plan.DisciplineDecision;
import org.careweave.plan.GoalItem;
import org.careweave.plan.InterventionItem;
import org.careweave.plan.PlanAlert;
import org.careweave.plan.PrecautionItem;
import org.careweave.plan.ProblemItem;
import org.careweave.plan.Reason;
import org.careweave.plan.ScheduleItem;

/**
 * A plan as a plan-of-care document: header with the case, then per discipline its assessment summary, problem
 * list, goals, interventions with codes, frequency and duration and precautions; then the coordinated split,
 * discharge plan, claims, alerts and the numbered sources. {@link TextReport} and {@link HtmlReport} both render
 * this one tree, so text and HTML follow the same order. It decides nothing: it lays out what the plan says, with
 * ids read through {@link ReportLabels}. Reasons become notes: a rule and its source are written once, as a
 * numbered note, and every item that gives that reason cites the number; one item's reasons from one rule are
 * said in one sentence ("it leads pain, strength and walking 150 feet").
 */
final class PlanDocument {

    record Doc(String title, List<Field> header, List<Section> sections, List<Note> notes) {}

    record Field(String label, String value) {}

    record Section(String id, String heading, List<Block> blocks, List<Section> children) {}

    sealed interface Block permits Para, Items, Table {}

    /** A paragraph with the notes it cites (possibly none). */
    record Para(String text, List<Integer> notes) implements Block {}

    record Items(List<Item> items) implements Block {}

    /** A list item: its text, the notes it cites, and the reasons under it. */
    record Item(String text, List<Integer> notes, List<Para> details) {}

    record Table(List<String> head, List<List<Cell>> rows) implements Block {}

    record Cell(String text, List<Integer> notes) {}

    /** One reason written once: the rule that decided and its source (catalogue titles in place of ids). */
    record Note(int number, String rule, String source) {}

    private final CarePlan plan;
    private final Case input;
    private final ReportLabels labels;
    private final Map<List<String>, Integer> noteNumbers = new LinkedHashMap<>();
    private final List<Note> notes = new ArrayList<>();

    /** Whether the patient is a child (a child's plan does not name Section GG, an adult assessment). */
    private final boolean child;

    private PlanDocument(CarePlan plan, Case input, ReportLabels labels) {
        this.plan = plan;
        this.input = input;
        this.labels = labels;
        this.child = input != null && input.patient() != null
                && CaseContext.isChild(CaseContext.ageYears(input.patient().birthDate(), PlanDate.of(input)));
    }

    /**
     * Where the treating therapists sign the plan and the physician or non-physician practitioner certifies it:
     * one line per indicated discipline, then the certification (CMS Pub 100-02 ch.15 §220.1.3: the plan of care is
     * certified by the physician's or NPP's dated signature). The text and HTML reports print the same lines.
     */
    static List<String> signatureLines(CarePlan plan) {
        List<String> lines = new ArrayList<>();
        plan.disciplines().stream().filter(d -> d.indicated()).forEach(d -> lines
                .add(d.discipline().toUpperCase(java.util.Locale.ROOT) + " therapist, signature and date"));
        lines.add("Certifying physician or non-physician practitioner, signature and date");
        return lines;
    }

    /** The document of a plan; {@code input} (the case planned, for the header and findings) may be null. */
    static Doc of(CarePlan plan, Case input, ReportLabels labels) {
        return new PlanDocument(plan, input, labels).build();
    }

    private Doc build() {
        List<Section> sections = new ArrayList<>();
        for (DisciplineDecision d : plan.disciplines()) {
            sections.add(discipline(d));
        }
        sections.add(split());
        addIfAny(sections, discharge());
        addIfAny(sections, claims());
        addIfAny(sections, alerts());
        return new Doc("Plan of care", header(), sections, List.copyOf(notes));
    }

    private static void addIfAny(List<Section> sections, Section s) {
        if (s != null) {
            sections.add(s);
        }
    }

    private List<Field> header() {
        List<Field> out = new ArrayList<>();
        out.add(new Field("Case", plan.caseId()));
        if (input != null) {
            if (input.asOf() != null) {
                out.add(new Field("As of", input.asOf().toString()));
            }
            if (input.setting() != null) {
                out.add(new Field("Setting", labels.setting(input.setting())));
            }
            if (input.payer() != null && input.payer().kind() != null) {
                out.add(new Field("Payer", labels.payer(input.payer().kind())));
            }
            if (!input.conditions().isEmpty()) {
                out.add(new Field("Conditions", String.join("; ", input.conditions().stream()
                        .map(c -> labels.condition(c.category()) + (c.code() == null ? "" : " (" + c.code() + ")")
                                + (c.onset() == null ? "" : ", onset " + c.onset()))
                        .toList())));
            }
            if (!input.goals().isEmpty()) {
                out.add(new Field("The patient's goals", String.join("; ", input.goals().stream()
                        .map(PlanDocument::patientGoal).toList())));
            }
            if (input.home() != null) {
                out.add(new Field("Home", home()));
            }
        }
        out.add(new Field("Rules", plan.rules().source() + " " + plan.rules().version()));
        return out;
    }

    private static String patientGoal(PatientGoal g) {
        return g.text() == null ? g.activity() : "\u201c" + g.text() + "\u201d";
    }

    private String home() {
        var h = input.home();
        List<String> parts = new ArrayList<>();
        if (h.livesAlone() != null) {
            parts.add(h.livesAlone() ? "lives alone" : "lives with others");
        }
        if (h.help() != null) {
            parts.add(labels.term("home-help", h.help()));
        }
        if (h.entryStairs() != null) {
            parts.add(h.entryStairs() + " entry step" + (h.entryStairs() == 1 ? "" : "s"));
        }
        if (h.bathroom() != null) {
            parts.add(labels.term("bathroom", h.bathroom()));
        }
        if (!h.equipment().isEmpty()) {
            parts.add("has " + String.join(", ", h.equipment().stream().map(e -> labels.term("equipment", e)).toList()));
        }
        return parts.isEmpty() ? "not described" : String.join("; ", parts);
    }

    private Section discipline(DisciplineDecision d) {
        String name = labels.discipline(d.discipline());
        List<Section> parts = new ArrayList<>();
        parts.add(assessment(d));
        List<ProblemItem> led = plan.problems().stream().filter(p -> p.lead().equals(d.discipline())).toList();
        if (!d.indicated() && !led.isEmpty()) {
            // a discipline that leads only problems taken up after discharge is not indicated, and its problems'
            // reasons say where each goes: the plan lists them as the JSON does (trials 8-9)
            parts.add(problemList(d.discipline(), led));
        }
        if (d.indicated()) {
            parts.add(problemList(d.discipline(), led));
            parts.add(goals(d.discipline()));
            parts.add(interventions(d.discipline()));
            parts.add(frequency(d.discipline()));
            parts.add(precautions(d.discipline()));
        }
        return new Section(d.discipline(), name, List.of(), parts);
    }

    private Section assessment(DisciplineDecision d) {
        String id = d.discipline();
        List<Block> blocks = new ArrayList<>();
        String status = !d.indicated() ? "Not indicated."
                : "Indicated" + (d.scope() == null ? "" : ": " + ("treat".equals(d.scope()) ? "to treat" : "to evaluate"))
                        + (d.referral() == null ? "" : "; referral " + d.referral()) + ".";
        blocks.add(new Para(status, List.of()));
        blocks.addAll(reasonParas(d.reasons()));
        if (input != null && d.indicated()) {
            List<Item> findings = new ArrayList<>();
            for (ProblemItem p : plan.problems()) {
                if (!p.lead().equals(id)) {
                    continue;
                }
                for (Finding f : input.findings()) {
                    if (f.area().equals(p.area()) && Objects.equals(f.region(), p.region())) {
                        findings.add(new Item(finding(f), List.of(), List.of()));
                    }
                }
            }
            if (!findings.isEmpty()) {
                blocks.add(new Para("Findings behind its problems:", List.of()));
                blocks.add(new Items(findings));
            }
        }
        return new Section(id + "-assessment", "Assessment summary", blocks, List.of());
    }

    private String finding(Finding f) {
        StringBuilder s = new StringBuilder(problemLabel(f.area(), f.region(), f.side()));
        s.append(": ");
        if (f.level() != null) {
            s.append(labels.ggScale(child)).append(' ').append(labels.ggLevel(f.level()));
            if (f.priorLevel() != null) {
                s.append("; before: ").append(labels.ggLevel(f.priorLevel()));
            }
        } else if (f.notAttempted() != null) {
            s.append(labels.term("not-attempted", f.notAttempted()));
        } else if (f.score() != null) {
            s.append("scores ").append(num(f.score()));
        } else {
            s.append(labels.term("finding-status", f.status()));
        }
        return s.toString();
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private String problemLabel(String area, String region, String side) {
        String label = labels.area(area);
        if (region == null) {
            return label;
        }
        String where = (side == null ? "" : labels.term("side", side) + " ") + labels.term("region", region);
        // "Swelling (edema), right hand and fingers", not "Swelling (edema) (right hand and fingers)"
        return label.endsWith(")") ? label + ", " + where : label + " (" + where + ")";
    }

    private Section problemList(String discipline, List<ProblemItem> led) {
        List<Item> items = new ArrayList<>();
        for (ProblemItem p : led) {
            items.add(new Item(problemLabel(p.area(), p.region(), p.side()), List.of(), reasonParas(p.reasons())));
        }
        return new Section(discipline + "-problems", "Problem list",
                items.isEmpty() ? List.of(new Para("No problem led by this discipline.", List.of()))
                        : List.of(new Items(items)), List.of());
    }

    private Section goals(String discipline) {
        List<Block> blocks = new ArrayList<>();
        for (String term : List.of("short", "long")) {
            List<Item> items = new ArrayList<>();
            for (GoalItem g : plan.goals()) {
                if (g.discipline().equals(discipline) && term.equals(g.term())) {
                    items.add(goalItem(g));
                }
            }
            if (!items.isEmpty()) {
                blocks.add(new Para(term.equals("short") ? "Short-term goals:" : "Long-term goals:", List.of()));
                blocks.add(new Items(items));
            }
        }
        List<Item> other = new ArrayList<>();
        for (GoalItem g : plan.goals()) {
            if (g.discipline().equals(discipline) && g.term() == null) {
                other.add(goalItem(g));
            }
        }
        if (!other.isEmpty()) {
            blocks.add(new Items(other));
        }
        return new Section(discipline + "-goals", "Goals",
                blocks.isEmpty() ? List.of(new Para("No goals.", List.of())) : blocks, List.of());
    }

    private Item goalItem(GoalItem g) {
        List<Para> details = new ArrayList<>();
        if (g.baseline() != null || g.target() != null) {
            details.add(new Para("Baseline: " + measure(g.baseline()) + "; target: " + target(g), List.of()));
        }
        if (g.patientWords() != null) {
            details.add(new Para("In the patient's words: \u201c" + g.patientWords() + "\u201d", List.of()));
        }
        return new Item(g.id() + ". " + g.text(), List.of(), details);
    }

    /**
     * The goal's target as the detail line says it: a target in words that is most of the goal's own text (a limit's
     * goal: "Range of motion (hand): the wrist is not mobilised ... , for the 8 weeks of this plan") is not printed a
     * second time under it (a user's trial read every such goal twice); a short one ("safely") and a level or score are.
     */
    private String target(GoalItem g) {
        GoalItem.Measure m = g.target();
        if (m != null && m.value() == null && m.words() != null && g.text().contains(m.words())
                && 2 * m.words().length() > g.text().length()) {
            return "as the goal says";
        }
        return measure(m);
    }

    private String measure(GoalItem.Measure m) {
        if (m == null) {
            return "not stated";
        }
        String value = m.value() == null ? null : m.value().toString();
        if ("gg".equals(m.scale()) && m.value() != null) {
            return labels.ggScale(child) + " " + labels.ggLevel(m.value().intValue())
                    + (m.words() == null ? "" : " (" + m.words() + ")");
        }
        String scale = "assist".equals(m.scale()) ? "" : " on " + labels.scale(m.scale(), child);
        return (value == null ? "" : value + scale) + (m.words() == null ? "" : (value == null ? "" : ", ") + m.words());
    }

    private Section precautions(String discipline) {
        List<Item> items = new ArrayList<>();
        for (PrecautionItem p : plan.precautions()) {
            if (p.disciplines().contains(discipline)) {
                items.add(new Item(p.text(), List.of(), reasonParas(p.reasons())));
            }
        }
        return new Section(discipline + "-precautions", "Precautions",
                items.isEmpty() ? List.of(new Para("None recorded.", List.of())) : List.of(new Items(items)),
                List.of());
    }

    private Section discharge() {
        DischargePlan d = plan.discharge();
        if (d == null) {
            return null;
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Para("Recommended setting: " + (d.recommendedSetting() == null ? "to be decided"
                : labels.term("discharge-setting", d.recommendedSetting())) + ".", List.of()));
        blocks.addAll(reasonParas(d.reasons()));
        if (!d.equipment().isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            for (DischargePlan.Equipment e : d.equipment()) {
                rows.add(List.of(cell(labels.term("equipment", e.item())), cell(labels.discipline(e.discipline())),
                        new Cell(e.because(), List.of(note(e.rule(), e.source())))));
            }
            blocks.add(new Para("Equipment to obtain (not already at home):", List.of()));
            blocks.add(new Table(List.of("Item", "Recommended by", "Why"), rows));
        }
        if (!d.homeProgram().isEmpty()) {
            List<Item> items = new ArrayList<>();
            for (DischargePlan.HomeProgramEntry h : d.homeProgram()) {
                items.add(new Item(labels.discipline(h.discipline()) + ": " + h.text(),
                        List.of(note(h.rule(), h.source())), List.of()));
            }
            blocks.add(new Para("Home programme:", List.of()));
            blocks.add(new Items(items));
        }
        if (!d.referrals().isEmpty()) {
            List<Item> items = new ArrayList<>();
            for (DischargePlan.ReferralItem r : d.referrals()) {
                items.add(new Item(labels.term("referral", r.to()) + ": " + r.because(),
                        List.of(note(r.rule(), r.source())), List.of()));
            }
            blocks.add(new Para("Referrals:", List.of()));
            blocks.add(new Items(items));
        }
        return new Section("discharge", "Discharge plan", blocks, List.of());
    }

    private Section interventions(String discipline) {
        Map<String, List<String>> areasByCode = new LinkedHashMap<>();
        for (InterventionItem i : plan.interventions()) {
            if (i.discipline().equals(discipline)) {
                areasByCode.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(labels.area(i.area()));
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        areasByCode.keySet().stream().sorted().forEach(code -> {
            String description = plan.interventions().stream().filter(i -> i.code().equals(code))
                    .map(InterventionItem::description).filter(Objects::nonNull).findFirst().orElse("");
            rows.add(List.of(cell(code), cell(description), cell(String.join(", ", areasByCode.get(code)))));
        });
        return new Section(discipline + "-interventions", "Interventions",
                rows.isEmpty() ? List.of(new Para("No interventions.", List.of()))
                        : List.of(new Table(List.of("Code", "Intervention", "For"), rows)), List.of());
    }

    private Section frequency(String discipline) {
        List<Block> blocks = new ArrayList<>();
        for (ScheduleItem s : plan.schedule()) {
            if (s.discipline().equals(discipline)) {
                blocks.add(new Para(s.visitsPerWeek() + " visit" + (s.visitsPerWeek() == 1 ? "" : "s") + " a week for "
                        + s.weeks() + " week" + (s.weeks() == 1 ? "" : "s") + ".", List.of()));
                blocks.addAll(reasonParas(s.reasons()));
            }
        }
        if (blocks.isEmpty()) {
            blocks.add(new Para("Not set.", List.of()));
        }
        return new Section(discipline + "-frequency", "Frequency and duration", blocks, List.of());
    }

    private Section split() {
        List<List<Cell>> rows = new ArrayList<>();
        for (ProblemItem p : plan.problems()) {
            List<Para> why = reasonParas(p.reasons().stream().filter(isLeadReason()).toList());
            rows.add(List.of(cell(problemLabel(p.area(), p.region(), p.side())), cell(labels.discipline(p.lead())),
                    why.isEmpty() ? cell("") : new Cell(String.join("; ", why.stream().map(Para::text).toList()),
                            why.stream().flatMap(w -> w.notes().stream()).distinct().toList())));
        }
        return new Section("split", "Coordinated split",
                rows.isEmpty() ? List.of(new Para("No problems to share.", List.of()))
                        : List.of(new Para("One lead per problem, so no problem is treated or billed twice.", List.of()),
                                new Table(List.of("Problem", "Lead", "Why this lead"), rows)), List.of());
    }

    /** Reasons for the lead (a split rule decided them), as opposed to why the area is a problem at all. */
    private Predicate<Reason> isLeadReason() {
        return r -> labels.ruleFile(r.rule()) != null && labels.ruleFile(r.rule()).startsWith("rules/split/");
    }

    private Section claims() {
        if (plan.claims().isEmpty()) {
            return null;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ClaimDate date : plan.claims()) {
            for (ClaimLine l : date.lines()) {
                List<Para> why = reasonParas(l.reasons());
                String place = l.placeOfService() != null ? "POS " + l.placeOfService()
                        : l.revenueCode() != null ? "rev " + l.revenueCode() : "";
                String charge = l.charge() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", l.charge());
                rows.add(List.of(cell(date.date().toString()), cell(l.discipline().toUpperCase(java.util.Locale.ROOT)),
                        cell(l.code()), cell(String.valueOf(l.deliveredMinutes())), cell(String.valueOf(l.minutes())),
                        cell(String.valueOf(l.units())), cell(String.join(", ", l.modifiers())), cell(place),
                        cell(charge),
                        new Cell(String.join("; ", why.stream().map(Para::text).toList()),
                                why.stream().flatMap(w -> w.notes().stream()).distinct().toList())));
            }
        }
        return new Section("claims", "Claims", List.of(new Table(
                List.of("Date", "Discipline", "Code", "Delivered min", "Billed min", "Units", "Modifiers", "Place", "Charge",
                        "Note"), rows)), List.of());
    }

    /**
     * The severities of {@link PlanAlert} in the order they are listed, each under its own heading: an error is
     * listed as one (the trial found "(error)" items under a sentence saying the alerts were not errors).
     */
    private static final List<List<String>> SEVERITIES = List.of(
            List.of("error", "Errors: to correct before the claim is sent"),
            List.of("warning", "Warnings: to check before the claim is sent"),
            List.of("info", "For information"));

    private Section alerts() {
        if (plan.alerts().isEmpty()) {
            return null;
        }
        List<Section> bySeverity = new ArrayList<>();
        for (List<String> severity : SEVERITIES) {
            List<Item> items = new ArrayList<>();
            for (PlanAlert a : plan.alerts()) {
                if (severity.get(0).equals(a.severity())) {
                    // the kind first: "warning: ..." at the start of a line reads as careweave's own diagnostic
                    items.add(new Item(a.kind() + ": " + a.message(), List.of(note(a.rule(), a.source())),
                            List.of()));
                }
            }
            if (!items.isEmpty()) {
                bySeverity.add(new Section("alerts-" + severity.get(0), severity.get(1), List.of(new Items(items)),
                        List.of()));
            }
        }
        // the rules' alerts have these three (ConclusionCheck); a plan built by hand may not, and loses none
        List<Item> other = plan.alerts().stream()
                .filter(a -> SEVERITIES.stream().noneMatch(v -> v.get(0).equals(a.severity())))
                .map(a -> new Item(a.kind() + " (" + a.severity() + "): " + a.message(),
                        List.of(note(a.rule(), a.source())), List.<Para>of()))
                .toList();
        if (!other.isEmpty()) {
            bySeverity.add(new Section("alerts-other", "Other", List.of(new Items(other)), List.of()));
        }
        // A new user took the alerts for careweave failing; they are what the rules found in the case's records.
        return new Section("alerts", "Alerts for review", List.of(new Para("What the billing and compliance rules"
                + " found in the visits and plans of care, for the biller and the therapists before the claim is"
                + " sent. The plan above is complete: the alerts are about the case's records, not failures in"
                + " making the plan.", List.of())), bySeverity);
    }

    private static Cell cell(String text) {
        return new Cell(text, List.of());
    }

    /**
     * One item's reasons as sentences: reasons of one rule (and so one source) become one sentence citing one
     * note; their sentences share their first words once ("it leads pain", "it leads strength" read "it leads
     * pain and strength").
     */
    List<Para> reasonParas(List<Reason> reasons) {
        Map<List<String>, List<String>> byNote = new LinkedHashMap<>();
        for (Reason r : reasons) {
            List<String> becauses = byNote.computeIfAbsent(noteKey(r.rule(), r.source()), k -> new ArrayList<>());
            String because = r.because() == null || r.because().isEmpty() ? r.rule() : r.because();
            if (!becauses.contains(because)) {
                becauses.add(because);
            }
        }
        List<Para> out = new ArrayList<>();
        for (Map.Entry<List<String>, List<String>> e : byNote.entrySet()) {
            String sentence = merge(e.getValue());
            out.add(new Para(Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1),
                    List.of(note(e.getKey().get(0), e.getKey().get(1)))));
        }
        return out;
    }

    private static List<String> noteKey(String rule, String source) {
        return java.util.Arrays.asList(rule, source);
    }

    private int note(String rule, String source) {
        return noteNumbers.computeIfAbsent(noteKey(rule, source), k -> {
            Note n = new Note(notes.size() + 1, rule, labels.source(source));
            notes.add(n);
            return n.number();
        });
    }

    /** Sentences that share at least two first words say them once: "it leads a, b and c". */
    static String merge(List<String> sentences) {
        if (sentences.size() == 1) {
            return sentences.get(0);
        }
        List<String[]> words = sentences.stream().map(s -> s.split(" ")).toList();
        int common = 0;
        outer:
        while (true) {
            for (String[] w : words) {
                if (w.length <= common + 1 || !w[common].equals(words.get(0)[common])) {
                    break outer;
                }
            }
            common++;
        }
        if (common < 2) {
            return String.join("; ", sentences);
        }
        int shared = common;
        String prefix = String.join(" ", java.util.Arrays.copyOf(words.get(0), shared));
        List<String> rests = words.stream()
                .map(w -> String.join(" ", java.util.Arrays.copyOfRange(w, shared, w.length))).toList();
        // One sentence that is another cut short ("... not paid" and "... not paid (OT and PT lines ...)") would
        // read "not paid and paid (...)": two different statements, so they stay whole.
        for (String r : rests) {
            for (String other : rests) {
                if (other.startsWith(r + " ")) {
                    return String.join("; ", sentences);
                }
            }
        }
        return prefix + " " + series(rests);
    }

    /** "a", "a and b", "a, b and c". */
    static String series(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
