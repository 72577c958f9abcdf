package org.careweave.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The coordinated plan for one case: immutable, in a stable order, every decision with its reasons. This is
 * the contract's output; {@code trace} is null unless a trace was asked for. Contract v2: {@code precautions} (in
 * words, with the disciplines each binds) and {@code discharge} (null when no rule planned one). Written as JSON
 * by {@link org.careweave.io.PlanWriter}.
 *
 * @param caseId        the case's {@code caseId}
 * @param rules         the rule set that made the plan
 * @param disciplines   the decision for each discipline, pt then ot
 * @param problems      problem areas, each with its one lead
 * @param goals         goals, numbered per discipline
 * @param interventions planned treatments with their CPT codes
 * @param schedule      frequency (visits per week) and duration (weeks) per discipline
 * @param precautions   precautions in words with the disciplines they bind
 * @param discharge     the discharge plan, or null
 * @param claims        claim lines per date of service (minutes, units, modifiers, dollars)
 * @param alerts        compliance and clinical alerts, each with its rule and source
 * @param trace         every rule firing in order, or null unless asked for
 */
@JsonPropertyOrder({"caseId", "rules", "disciplines", "problems", "goals", "interventions", "schedule", "precautions",
        "discharge", "claims", "alerts", "trace"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CarePlan(
        String caseId,
        RulesUsed rules,
        List<DisciplineDecision> disciplines,
        List<ProblemItem> problems,
        List<GoalItem> goals,
        List<InterventionItem> interventions,
        List<ScheduleItem> schedule,
        List<PrecautionItem> precautions,
        DischargePlan discharge,
        List<ClaimDate> claims,
        List<PlanAlert> alerts,
        List<TraceEntry> trace) {

    /**
     * Copies the lists (the trace stays null when null).
     *
     * @param caseId        the case's {@code caseId}
     * @param rules         the rule set that made the plan
     * @param disciplines   the decision for each discipline, pt then ot
     * @param problems      problem areas, each with its one lead
     * @param goals         goals, numbered per discipline
     * @param interventions planned treatments with their CPT codes
     * @param schedule      frequency (visits per week) and duration (weeks) per discipline
     * @param precautions   precautions in words with the disciplines they bind
     * @param discharge     the discharge plan, or null
     * @param claims        claim lines per date of service (minutes, units, modifiers, dollars)
     * @param alerts        compliance and clinical alerts, each with its rule and source
     * @param trace         every rule firing in order, or null unless asked for
     */
    public CarePlan {
        disciplines = List.copyOf(disciplines);
        problems = List.copyOf(problems);
        goals = List.copyOf(goals);
        interventions = List.copyOf(interventions);
        schedule = List.copyOf(schedule);
        precautions = List.copyOf(precautions);
        claims = List.copyOf(claims);
        alerts = List.copyOf(alerts);
        trace = trace == null ? null : List.copyOf(trace);
    }

    /**
     * The decision for one discipline.
     *
     * @param discipline {@code pt} or {@code ot}
     * @return the decision, or null if the plan has none (it always has both pt and ot)
     */
    public DisciplineDecision discipline(String discipline) {
        return disciplines.stream().filter(d -> d.discipline().equals(discipline)).findFirst().orElse(null);
    }

    /**
     * The lead of one problem: an area in a body region. A problem is one area in one region (contract v2): pain of
     * the knee ({@code lower-limb}) and pain of the wrist ({@code hand}) are two problems and may have different
     * leads; an area given without a region (every Section GG item, and body functions a finding did not place) is
     * the problem whose region is null.
     *
     * @param area   an area from {@code areas.csv}, e.g. {@code pain} or {@code lower-body-dressing}
     * @param region a region from the case's {@code findings[].region} vocabulary (e.g. {@code lower-limb}), or
     *               null for the problem given without a region
     * @return {@code pt} or {@code ot}, or empty when that area in that region is not a problem in this plan
     */
    public Optional<String> leadOf(String area, String region) {
        return problems.stream().filter(p -> p.area().equals(area) && Objects.equals(p.region(), region))
                .map(ProblemItem::lead).findFirst();
    }

    /**
     * The lead of the first problem of an area, in the plan's order of problems: the one without a region if there
     * is one, else the first of its regions in alphabetical order ({@code hand} before {@code lower-limb}). For an
     * area that is a problem in one region only, as every Section GG item is, that is its lead; for a body function
     * found in several regions (pain of the knee led by PT and of the wrist by OT) it is the lead of one of them.
     *
     * @param area an area from {@code areas.csv}, e.g. {@code lower-body-dressing}
     * @return {@code pt} or {@code ot}, or null when the area is not a problem in this plan
     * @deprecated ambiguous since a problem is one area in one region (contract v2): use
     *             {@link #leadOf(String, String)}, or {@link #problems()} for every region of an area
     */
    @Deprecated(since = "0.2.0")
    public String leadOf(String area) {
        return problems.stream().filter(p -> p.area().equals(area)).map(ProblemItem::lead).findFirst().orElse(null);
    }
}
