package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.careweave.plan.CarePlan;
import org.careweave.plan.PrecautionItem;
import org.junit.jupiter.api.Test;

/**
 * A spinal cord injury's precautions follow its level (Consortium for Spinal Cord Medicine: autonomic dysreflexia and
 * orthostatic hypotension at T6 or above, pressure injury at any level; ICD-10-CM S14.1 cervical, S24.1 thoracic with
 * the level in the sixth character), PT's lower-limb orthosis is for walking, and a transfer at Section GG 01 brings a
 * mechanical lift (CMS LCD L33799). Expectations from those sources and the code's level, by hand.
 */
class SpinalCordInjuryTest {

    private static String stay(String code, String findings, String extra) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-11-20\", \"patient\": { \"birthDate\": \"1990-03-03\"" + extra + " },"
                + " \"setting\": \"inpatient-rehab\", \"payer\": { \"kind\": \"medicare-part-a\" },"
                + " \"conditions\": [ { \"code\": \"" + code + "\", \"category\": \"spinal-cord-injury\", \"onset\": \"2026-10-20\" } ],"
                + " \"findings\": [ " + findings + " ],"
                + " \"home\": { \"livesAlone\": false, \"entryStairs\": 0, \"bathroom\": \"walk-in-shower\", \"help\": \"full-time\" } }";
    }

    private static String gg(String area, int level) {
        return "{ \"area\": \"" + area + "\", \"level\": " + level + " }";
    }

    private static Set<String> with(Set<String> kinds, String more) {
        Set<String> all = new TreeSet<>(kinds);
        all.add(more);
        return all;
    }

    private static Set<String> kinds(CarePlan plan) {
        return plan.precautions().stream().map(PrecautionItem::kind).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> areasWith(CarePlan plan, String discipline, String code) {
        return plan.interventions().stream().filter(i -> i.discipline().equals(discipline) && i.code().equals(code))
                .map(i -> i.area()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> items(CarePlan plan) {
        return plan.discharge() == null ? Set.of() : plan.discharge().equipment().stream().map(e -> e.item())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void autonomicDysreflexiaAndOrthostaticHypotensionComeWithAnInjuryAtT6OrAbove() {
        String findings = gg("wheel-150-feet", 3);
        Set<String> high = Set.of("autonomic-dysreflexia", "orthostatic-hypotension", "pressure-injury");
        // a complete lesion's code also brings its level's outcomes (condition-precautions.csv complete-sci-*, PVA 1999)
        // and, at T9 or above, no walking or stairs (complete-sci-no-walking: PVA 1999, ambulation not indicated at
        // C1-C8, not functional at T1-T9)
        Set<String> noWalking = with(high, "complete-sci-no-walking");
        assertEquals(with(noWalking, "complete-sci-c5"), kinds(Cases.plan(stay("S14.115A", findings, ""))));     // complete C5
        assertEquals(with(noWalking, "complete-sci-t1-t9"), kinds(Cases.plan(stay("S24.112A", findings, "")))); // complete, T2-T6
        assertEquals(high, kinds(Cases.plan(stay("S24.101A", findings, ""))));          // T1, incomplete
        // T7-T10 and T11-T12: below T6, pressure injury only (and the complete lesion's level)
        assertEquals(Set.of("pressure-injury", "complete-sci-t7-t10"), kinds(Cases.plan(stay("S24.113A", findings, ""))));
        assertEquals(Set.of("pressure-injury"), kinds(Cases.plan(stay("S24.104A", findings, ""))));
    }

    @Test
    void aCaseThatListsAutonomicDysreflexiaKeepsOnePrecautionOfItsOwn() {
        String json = stay("S14.116A", gg("wheel-150-feet", 3), "").replace("\"findings\":",
                "\"precautions\": [ { \"kind\": \"autonomic-dysreflexia\" } ], \"findings\":");
        CarePlan plan = Cases.plan(json);
        var dysreflexia = plan.precautions().stream().filter(p -> p.kind().equals("autonomic-dysreflexia")).toList();
        assertEquals(1, dysreflexia.size());
        assertEquals("recorded in the case", dysreflexia.get(0).reasons().get(0).because());
    }

    @Test
    void theLowerLimbOrthosisIsForWalkingNotForTransfersOrWheeling() {
        CarePlan plan = Cases.plan(stay("S24.134A",
                gg("chair-bed-transfer", 3) + ", " + gg("wheel-150-feet", 3) + ", " + gg("walk-50-feet", 2), ""));
        assertEquals(Set.of("walk-50-feet"), areasWith(plan, "pt", "97760"));
    }

    @Test
    void aChairTransferAtDependentBringsAMechanicalLiftUnlessOneIsUsedAlready() {
        assertTrue(items(Cases.plan(stay("S14.116A", gg("chair-bed-transfer", 1), ""))).contains("mechanical-lift"));
        assertFalse(items(Cases.plan(stay("S14.116A", gg("chair-bed-transfer", 2), ""))).contains("mechanical-lift"));
        assertFalse(items(Cases.plan(stay("S14.116A", gg("chair-bed-transfer", 1),
                ", \"priorDevices\": [ \"mechanical-lift\" ]"))).contains("mechanical-lift"));
    }

    // trial 7 (2 Dec 2026): a thoracic lesion leaves the hands intact (PVA 1999 outcomes by level: T1-T9 independent
    // feeding and dressing without hand devices), so no universal cuff and no hand orthosis; a cervical one (C5, C6)
    // feeds with set-up, a universal cuff and a wrist-hand orthosis
    @Test
    void theUniversalCuffAndTheHandOrthosisAreForACervicalInjuryOnly() {
        String findings = gg("eating", 4) + ", " + gg("lower-body-dressing", 2);
        CarePlan t10 = Cases.plan(stay("S24.113D", findings, ""));
        assertEquals(Set.of(), areasWith(t10, "ot", "97760"));
        assertTrue(t10.goals().stream().noneMatch(g -> g.text().contains("universal cuff")), t10.goals().toString());
        CarePlan c5 = Cases.plan(stay("S14.115D", findings, ""));
        assertTrue(areasWith(c5, "ot", "97760").contains("eating"));
        assertTrue(c5.goals().stream().anyMatch(g -> g.area().equals("eating") && g.text().contains("universal cuff")),
                c5.goals().toString());
        CarePlan tetra = Cases.plan(stay("G82.53", findings, ""));
        assertTrue(areasWith(tetra, "ot", "97760").contains("eating"));
    }
}
