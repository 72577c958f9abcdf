package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.careweave.plan.CarePlan;
import org.careweave.plan.PrecautionItem;
import org.careweave.plan.ProblemItem;
import org.junit.jupiter.api.Test;

/**
 * Complex regional pain syndrome (trial 8) is rehabilitated by graded exposure and active use, not manual therapy or a
 * splint (Royal College of Physicians, CRPS in adults, 2nd ed. 2018; Harden et al. 2022); cerebral palsy's calf is
 * cast and held in an ankle-foot orthosis, not mobilised (Novak et al. 2020; Strobl et al. 2015). Expected values
 * come from those sources, not from a run.
 */
class CrpsAndCerebralPalsyTest {

    private static final String ASOF = "2026-12-01";

    private static CarePlan plan(String conditions, String findings, String orders) {
        return Cases.plan(Cases.json(ASOF, "1970-05-05", "outpatient", "commercial", conditions, findings, orders));
    }

    private static Set<String> codes(CarePlan plan) {
        return plan.interventions().stream().map(i -> i.code()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String lead(CarePlan plan, String area, String region) {
        return plan.problems().stream().filter(p -> p.area().equals(area) && java.util.Objects.equals(p.region(), region))
                .map(ProblemItem::lead).findFirst().orElseThrow();
    }

    private static Set<String> precautionDisciplines(CarePlan plan, String kind) {
        return plan.precautions().stream().filter(p -> p.kind().equals(kind))
                .flatMap(p -> p.disciplines().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static final String HAND = "{ \"area\": \"pain\", \"region\": \"hand\", \"side\": \"right\", \"score\": 7 },"
            + " { \"area\": \"edema\", \"region\": \"hand\", \"side\": \"right\" },"
            + " { \"area\": \"range-of-motion\", \"region\": \"hand\", \"side\": \"right\" }";

    @Test
    void aCrpsHandGetsNoManualTherapyNorSplintButGradedUseAndThePrecaution() {
        CarePlan p = plan(Cases.condition("G90.511", "crps", "2026-09-01"), HAND, Cases.order("ot", "2026-11-20"));
        Set<String> codes = codes(p);
        assertFalse(codes.contains("97140"), codes.toString());
        assertFalse(codes.contains("97760"), codes.toString());
        assertEquals(Set.of("97112", "97530"), Cases.codes(p, "ot", "pain"));
        assertEquals(Set.of("97110", "97535"), Cases.codes(p, "ot", "edema"));
        assertEquals(Set.of("97110", "97530"), Cases.codes(p, "ot", "range-of-motion"));
        assertTrue(precautionDisciplines(p, "crps-graded-exposure").contains("ot"));
        PrecautionItem pre = p.precautions().stream().filter(x -> x.kind().equals("crps-graded-exposure")).findFirst()
                .orElseThrow();
        assertTrue(pre.text().contains("no painful passive stretching"), pre.text());
        assertTrue(p.discharge().homeProgram().stream().anyMatch(h -> h.discipline().equals("ot")
                && h.text().contains("graded use")));
    }

    @Test
    void crpsCodedUnderChronicPainKeepsItsGradedUseAndPrecaution() {
        CarePlan p = plan(Cases.condition("G90.511", "chronic-pain", "2026-09-01"), HAND, Cases.order("ot", "2026-11-20"));
        assertEquals(Set.of("97112", "97530"), Cases.codes(p, "ot", "pain"));
        assertTrue(precautionDisciplines(p, "crps-graded-exposure").contains("ot"));
    }

    @Test
    void theArmOfAnUpperLimbCrpsIsOtsAndTheLegOfALowerLimbCrpsIsPts() {
        String arm = "{ \"area\": \"strength\", \"region\": \"upper-limb\", \"side\": \"left\" }";
        // under a PT order alone the arm's strength would be PT's by default (body-function.drl)
        CarePlan upper = plan(Cases.condition("G90.512", "crps", "2026-09-01"), arm, Cases.order("pt", "2026-11-20"));
        assertEquals("ot", lead(upper, "strength", "upper-limb"));
        String leg = "{ \"area\": \"pain\", \"region\": \"lower-limb\", \"side\": \"left\", \"score\": 6 },"
                + " { \"area\": \"sensation\" }";
        // under an OT order alone a body function without a region would be OT's (overlaps.drl)
        CarePlan lower = plan(Cases.condition("G57.72", "crps", "2026-09-01"), leg, Cases.order("ot", "2026-11-20"));
        assertEquals("pt", lead(lower, "pain", "lower-limb"));
        assertEquals("pt", lead(lower, "sensation", null));
        assertEquals(Set.of("97112", "97530"), Cases.codes(lower, "pt", "pain"));
    }

    @Test
    void aSplintComesOnlyWithASeparateIndication() {
        // a finger fracture given as a hand injury is its own reason for a protective orthosis (condition-interventions.csv)
        CarePlan p = plan(Cases.condition("G90.511", "crps", "2026-09-01") + ", "
                + Cases.condition("S62.600D", "hand-injury", "2026-08-01"), HAND, Cases.order("ot", "2026-11-20"));
        assertTrue(codes(p).contains("97760"));
        assertFalse(Cases.codes(p, "ot", "pain").contains("97140"));
    }

    @Test
    void aChildWithCerebralPalsyIsCastAndFittedNotMobilised() {
        CarePlan p = Cases.plan(Cases.json("2026-11-27", "2019-05-01", "outpatient", "medicaid",
                Cases.condition("G80.1", "developmental", "2019-05-01"),
                "{ \"area\": \"range-of-motion\", \"region\": \"lower-limb\", \"side\": \"both\" }",
                Cases.order("pt", "2026-11-20")));
        assertEquals(Set.of("29405", "97110", "97530", "97760"), Cases.codes(p, "pt", "range-of-motion"));
    }
}
