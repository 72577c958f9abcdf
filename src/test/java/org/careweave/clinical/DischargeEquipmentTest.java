package org.careweave.clinical;

import static org.careweave.clinical.Cases.equipmentItem;
import static org.careweave.clinical.Cases.equipmentItems;
import static org.careweave.clinical.Cases.gg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DischargePlan;
import org.junit.jupiter.api.Test;

/**
 * Discharge equipment against the plan: a walker only for a patient who takes part in walking, a device used
 * before counted under its equipment name, one item where another does its work, a wheelchair exactly when
 * wheelchair management is planned, and pre-prosthetic care for the amputated limb. Expected items and codes are
 * worked out from the tables' rows by hand.
 */
class DischargeEquipmentTest {

    private static String stay(String condition, String patientExtra, String findings, String bathroom,
            String equipment) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-11-20\","
                + " \"patient\": { \"birthDate\": \"1948-03-03\"" + patientExtra + " },"
                + " \"setting\": \"inpatient-rehab\", \"payer\": { \"kind\": \"medicare-part-a\" },"
                + " \"conditions\": [ " + condition + " ], \"findings\": [ " + findings + " ],"
                + " \"home\": { \"livesAlone\": false, \"entryStairs\": 0, \"bathroom\": \"" + bathroom + "\","
                + " \"help\": \"full-time\", \"equipment\": [ " + equipment + " ] } }";
    }

    private static final String HIP = "{ \"code\": \"Z96.641\", \"category\": \"joint-replacement\" }";
    private static final String STROKE = "{ \"code\": \"I63.512\", \"category\": \"stroke\" }";

    private static Set<String> with(Set<String> items, String item) {
        Set<String> out = new TreeSet<>(items);
        out.add(item);
        return out;
    }

    private static Set<String> codes(CarePlan plan, String discipline) {
        return plan.interventions().stream().filter(i -> i.discipline().equals(discipline)).map(i -> i.code())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> areasWith(CarePlan plan, String code) {
        return plan.interventions().stream().filter(i -> i.code().equals(code)).map(i -> i.area())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // ---- 1. the joint-replacement and hip-fracture kits' walker starts at GG 02 ----

    @Test
    void aHipReplacementDependentForWalkingGetsAWheelchairAndNoWalker() {
        // walking 10 feet at 01: the kit's walker row (minLevel 2) is out, the wheelchair row (maxLevel 1) is in
        assertEquals(Set.of("wheelchair"), equipmentItems(Cases.plan(stay(HIP, "", gg("walk-10-feet", 1), "walk-in-shower", ""))));
        // at 02 the kit's walker, and no wheelchair (its row stops at 01)
        CarePlan two = Cases.plan(stay(HIP, "", gg("walk-10-feet", 2), "walk-in-shower", ""));
        assertEquals(Set.of("walker"), equipmentItems(two));
        assertEquals("walking safely while the new joint heals", equipmentItem(two, "walker").because());
    }

    @Test
    void aHipFractureWalkingOneHundredFiftyFeetAtOneGetsNoWalker() {
        String fracture = "{ \"code\": \"S72.001A\", \"category\": \"hip-fracture\" }";
        assertEquals(Set.of(), equipmentItems(Cases.plan(stay(fracture, "", gg("walk-150-feet", 1), "walk-in-shower", ""))));
        assertEquals(Set.of("walker"), equipmentItems(Cases.plan(stay(fracture, "", gg("walk-150-feet", 3), "walk-in-shower", ""))));
    }

    // ---- 2. a device used before counts under its equipment name (equipment-covers.csv) ----

    @Test
    void aManualOrMotorizedWheelchairUsedBeforeIsTheWheelchair() {
        String walking = gg("walk-10-feet", 1);
        assertEquals(Set.of("wheelchair"), equipmentItems(Cases.plan(stay(STROKE, "", walking, "walk-in-shower", ""))));
        for (String device : List.of("manual-wheelchair", "motorized-wheelchair")) {
            CarePlan plan = Cases.plan(stay(STROKE, ", \"priorDevices\": [ \"" + device + "\" ]", walking,
                    "walk-in-shower", ""));
            assertEquals(Set.of(), equipmentItems(plan), device);
        }
        // a walker used before is no wheelchair
        assertEquals(Set.of("wheelchair"), equipmentItems(Cases.plan(stay(STROKE, ", \"priorDevices\": [ \"walker\" ]",
                walking, "walk-in-shower", ""))));
    }

    // ---- 3. one item where another does its work ----

    @Test
    void aBedsideCommodeIsTheRaisedToiletSeatAndSaysSo() {
        // hip replacement, toilet transfers at 02: the kit's raised seat and the commode (02 or less); the grab bars of
        // a toilet transfer at 03 or less (trial 9) have nothing to do with the commode
        CarePlan plan = Cases.plan(stay(HIP, "", gg("toilet-transfer", 2), "walk-in-shower", ""));
        assertEquals(Set.of("bedside-commode", "grab-bars"), equipmentItems(plan));
        assertTrue(equipmentItem(plan, "bedside-commode").because().endsWith(
                "; over the toilet (without its pail) the same commode is the raised toilet seat, so no separate"
                        + " raised seat is recommended"), equipmentItem(plan, "bedside-commode").because());
        assertTrue(equipmentItem(plan, "bedside-commode").source().contains("Pedretti's Occupational Therapy"));
        // at 03 no commode, so the raised seat stays
        assertEquals(Set.of("grab-bars", "raised-toilet-seat"), equipmentItems(Cases.plan(stay(HIP, "", gg("toilet-transfer", 3),
                "walk-in-shower", ""))));
        // a commode the patient has covers the raised seat too, and only the grab bars are recommended
        assertEquals(Set.of("grab-bars"), equipmentItems(Cases.plan(stay(HIP, "", gg("toilet-transfer", 3), "walk-in-shower",
                "\"bedside-commode\""))));
    }

    @Test
    void aTubBenchIsTheShowerSeatOnlyOverABathtub() {
        // at 03 (hands-on help) bathing also gets the hand-held shower and the long-handled sponge (trial 9)
        String findings = gg("tub-shower-transfer", 3) + ", " + gg("shower-bathe", 3);
        Set<String> bathing = Set.of("grab-bars", "hand-held-shower", "long-sponge");
        CarePlan tub = Cases.plan(stay(STROKE, "", findings, "tub-shower", ""));
        assertEquals(with(bathing, "tub-bench"), equipmentItems(tub));
        assertTrue(equipmentItem(tub, "tub-bench").because().endsWith(
                "; the bench is also the seat for showering in the bath, so no separate shower chair is recommended"));
        // a bench the patient has covers the shower chair over the bathtub...
        assertEquals(bathing, equipmentItems(Cases.plan(stay(STROKE, "", findings, "tub-shower", "\"tub-bench\""))));
        // ...but not in a walk-in shower, where it does not fit
        assertEquals(with(bathing, "shower-chair"), equipmentItems(Cases.plan(stay(STROKE, "", gg("shower-bathe", 3),
                "walk-in-shower", "\"tub-bench\""))));
    }

    // ---- 4. wheelchair management and a wheelchair: both or neither ----

    @Test
    void wheelchairManagementIsPlannedExactlyWhenThePatientHasOrGetsAWheelchair() {
        String lowerLimb = "{ \"code\": \"Z89.511\", \"category\": \"amputation\" }";
        String upperLimb = "{ \"code\": \"Z89.211\", \"category\": \"amputation\" }";
        List<String> cases = List.of(
                stay(STROKE, "", gg("wheel-150-feet", 3), "walk-in-shower", ""),
                stay(STROKE, "", gg("walk-10-feet", 1), "walk-in-shower", ""),
                stay(STROKE, "", gg("walk-10-feet", 2), "walk-in-shower", ""),
                stay(STROKE, "", gg("wheel-50-feet", 2), "walk-in-shower", "\"wheelchair\""),
                stay(lowerLimb, "", gg("chair-bed-transfer", 3), "walk-in-shower", ""),
                stay(upperLimb, "", gg("chair-bed-transfer", 3), "walk-in-shower", ""),
                stay(HIP, "", gg("walk-50-feet", 3), "walk-in-shower", ""));
        List<Boolean> wheelchair = List.of(true, true, false, true, true, false, false);
        for (int i = 0; i < cases.size(); i++) {
            CarePlan plan = Cases.plan(cases.get(i));
            boolean trained = !areasWith(plan, "97542").isEmpty();
            boolean hasOrGets = equipmentItems(plan).contains("wheelchair") || cases.get(i).contains("\"wheelchair\" ]");
            assertEquals(wheelchair.get(i), trained, "case " + i + " 97542");
            assertEquals(wheelchair.get(i), hasOrGets, "case " + i + " wheelchair");
        }
    }

    @Test
    void aWheelchairForWalkingIsTrainedForWalkingAndKeepsWalkingsReason() {
        CarePlan plan = Cases.plan(stay(STROKE, "", gg("walk-10-feet", 1) + ", " + gg("wheel-150-feet", 3),
                "walk-in-shower", ""));
        assertEquals(Set.of("walk-10-feet", "wheel-150-feet"), areasWith(plan, "97542"));
        DischargePlan.Equipment chair = equipmentItem(plan, "wheelchair");
        assertTrue(chair.because().startsWith("walking 10 feet is not done"), chair.because());
        assertEquals("Equipment for an activity that needs enough help is recommended whatever the condition",
                chair.rule());
        CarePlan wheeling = Cases.plan(stay(STROKE, "", gg("wheel-150-feet", 3), "walk-in-shower", ""));
        assertEquals("A patient the plan trains to use equipment goes home with it", equipmentItem(wheeling, "wheelchair").rule());
    }

    // ---- 5. pre-prosthetic care for the amputated limb ----

    private static CarePlan amputee(String code) {
        String condition = code == null ? "{ \"category\": \"amputation\" }"
                : "{ \"code\": \"" + code + "\", \"category\": \"amputation\" }";
        return Cases.plan(stay(condition, "", gg("chair-bed-transfer", 3) + ", " + gg("upper-body-dressing", 3),
                "walk-in-shower", ""));
    }

    @Test
    void anUpperLimbAmputeeGetsOtPreProstheticCareAndNoWheelchair() {
        for (String code : List.of("Z89.211", "Z89.012", "Z89.121", "S58.111A", "S68.411A")) {
            CarePlan plan = amputee(code);
            // transfers keep functional training only; no wheelchair management, no leg pre-prosthetic exercise
            assertEquals(Set.of("97530"), codes(plan, "pt"), code);
            // one-handed self-care (97535) and residual-limb care, range of motion and strength (97110)
            assertEquals(Set.of("97110", "97535"), codes(plan, "ot"), code);
            // no wheelchair; with a hand or arm missing (one-handed.csv: Z89.1, Z89.2, S58, S68.4) the buttons are
            // done up one-handed with a button hook, a missing thumb (Z89.0) leaves the hand (session 33)
            assertEquals(code.startsWith("Z89.0") ? Set.of() : Set.of("button-hook"), equipmentItems(plan), code);
        }
    }

    @Test
    void aLowerLimbOrUncodedAmputeeKeepsPtPreProstheticCare() {
        for (String code : java.util.Arrays.asList("Z89.511", "Z89.612", "Z89.421", "S88.111A", "Z89.9", null)) {
            CarePlan plan = amputee(code);
            assertEquals(Set.of("97110", "97530", "97542"), codes(plan, "pt"), String.valueOf(code));
            assertEquals(Set.of("97535"), codes(plan, "ot"), String.valueOf(code));
            assertEquals(Set.of("wheelchair"), equipmentItems(plan), String.valueOf(code));
        }
    }

    @Test
    void anUpperLimbAmputeeWithAProsthesisGetsProstheticTrainingInSelfCareOnly() {
        String condition = "{ \"code\": \"Z89.211\", \"category\": \"amputation\" }";
        CarePlan plan = Cases.plan(stay(condition, ", \"priorDevices\": [ \"orthosis-prosthesis\" ]",
                gg("chair-bed-transfer", 3) + ", " + gg("upper-body-dressing", 3), "walk-in-shower", ""));
        assertEquals(Set.of("97530"), codes(plan, "pt"));
        assertEquals(Set.of("97535", "97761"), codes(plan, "ot"));
    }
}
