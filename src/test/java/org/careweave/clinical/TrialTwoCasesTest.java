package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/**
 * Findings of the second clinician/biller trial (cases in notes/trialcases2), each planned with the real rules and
 * checked against what the clinicians said the plan should hold.
 */
class TrialTwoCasesTest {

    private static String amputee(String priorDevices) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-12-01\","
                + " \"patient\": { \"birthDate\": \"1956-01-20\"" + priorDevices + " },"
                + " \"setting\": \"inpatient-rehab\", \"payer\": { \"kind\": \"medicare-part-a\" },"
                + " \"conditions\": [ { \"code\": \"Z89.511\", \"category\": \"amputation\", \"onset\": \"2026-11-18\" } ],"
                + " \"findings\": [ { \"area\": \"chair-bed-transfer\", \"level\": 3 },"
                + " { \"area\": \"wheel-150-feet\", \"level\": 3 }, { \"area\": \"lower-body-dressing\", \"level\": 3 } ] }";
    }

    private static Set<String> codes(CarePlan plan, String discipline) {
        return plan.interventions().stream().filter(i -> i.discipline().equals(discipline))
                .map(i -> i.code()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void anAmputeeWithoutAProsthesisGetsPreProstheticCareNotProstheticTraining() {
        CarePlan plan = Cases.plan(amputee(""));
        // transfers 97530, wheelchair 97542, pre-prosthetic strength and range of motion 97110; no 97761
        assertEquals(Set.of("97110", "97530", "97542"), codes(plan, "pt"));
        assertEquals(Set.of("97535"), codes(plan, "ot"));
    }

    @Test
    void anAmputeeWithAProsthesisGetsProstheticTrainingAndNoPreProstheticRows() {
        CarePlan plan = Cases.plan(amputee(", \"priorDevices\": [ \"orthosis-prosthesis\" ]"));
        // prosthetic training at the first encounter (97761) and the later ones (97763): trial 10
        assertEquals(Set.of("97530", "97542", "97761", "97763"), codes(plan, "pt"));
        assertEquals(Set.of("97535", "97761"), codes(plan, "ot"));
    }

    // The fusion is 8 weeks old: spinal precautions still stand (HSS: phase 1 to weeks 6-12), while the 6 weeks in which
    // a fresh operation's pain gets no manual therapy in any region it names none of are over (healing-windows.csv,
    // HealingPartTest), so these tests see the spinal precaution's limit alone.
    private static String fusion(String precautions) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-12-01\","
                + " \"patient\": { \"birthDate\": \"1960-02-02\" },"
                + " \"setting\": \"acute\", \"payer\": { \"kind\": \"medicare-part-a\" },"
                + " \"conditions\": [ { \"code\": \"M48.062\", \"category\": \"orthopedic-surgery\", \"onset\": \"2026-10-06\" } ],"
                + " \"findings\": [ { \"area\": \"pain\", \"region\": \"trunk\", \"score\": 6 },"
                + " { \"area\": \"pain\", \"region\": \"lower-limb\", \"side\": \"left\", \"score\": 5 },"
                + " { \"area\": \"walk-150-feet\", \"level\": 4 } ],"
                + " \"precautions\": [" + precautions + "] }";
    }

    @Test
    void trunkPainUnderSpinalPrecautionsGetsNoManualTherapy() {
        CarePlan alone = Cases.plan(fusion("{ \"kind\": \"spinal\" }").replace(
                ", { \"area\": \"pain\", \"region\": \"lower-limb\", \"side\": \"left\", \"score\": 5 }", ""));
        assertEquals(Set.of("97110", "97116"), codes(alone, "pt"), "trunk pain: exercise, no 97140");
    }

    @Test
    void spinalPrecautionsLeaveManualTherapyForTheLimbs() {
        // the leg's pain keeps its manual therapy under spinal precautions; without them the trunk has it too
        assertEquals(Set.of("97110", "97116", "97140"), codes(Cases.plan(fusion("{ \"kind\": \"spinal\" }")), "pt"));
        CarePlan without = Cases.plan(fusion("").replace(
                ", { \"area\": \"pain\", \"region\": \"lower-limb\", \"side\": \"left\", \"score\": 5 }", ""));
        assertEquals(Set.of("97110", "97116", "97140"), codes(without, "pt"));
    }

    @Test
    void neckWholeBodyOrUnplacedPainUnderSpinalPrecautionsGetsNoManualTherapy() {
        // fresh-user trial: a cervical fusion's neck pain, whole-body pain and pain with no region kept 97140
        String leg = ", { \"area\": \"pain\", \"region\": \"lower-limb\", \"side\": \"left\", \"score\": 5 }";
        for (String region : new String[] {"\"region\": \"head-neck\", ", "\"region\": \"whole-body\", ", ""}) {
            String c = fusion("{ \"kind\": \"spinal\" }").replace(leg, "")
                    .replace("\"region\": \"trunk\", ", region);
            assertEquals(Set.of("97110", "97116"), codes(Cases.plan(c), "pt"), "pain with [" + region + "]");
            String open = fusion("").replace(leg, "").replace("\"region\": \"trunk\", ", region);
            assertTrue(codes(Cases.plan(open), "pt").contains("97140"), "without spinal precautions: " + region);
        }
    }
}
