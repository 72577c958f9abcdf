package org.careweave.clinical;

import static org.careweave.clinical.Cases.equipment;
import static org.careweave.clinical.Cases.equipmentItem;
import static org.careweave.clinical.Cases.equipmentItems;
import static org.careweave.clinical.Cases.gg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DischargePlan;
import org.careweave.plan.ProblemItem;
import org.junit.jupiter.api.Test;

/**
 * Trial 9. Finding 1: adaptive equipment follows the Section GG item that is impaired (CMS GG0130/GG0170 item names,
 * AOTA OTPF-4 2020, Pedretti's ADL chapter), each item once, and for a patient living alone with no help the bathroom
 * items of an activity still needing supervision (GG 04) are needed before going home. Finding 2: driving with
 * vestibular neuritis and nothing else that affects driving is PT's advice within vestibular rehabilitation (Hall et
 * al. 2022), not OT driving rehabilitation with a driver rehabilitation referral (AOTA Driving and Community Mobility
 * 2016: that evaluation is for cognitive, visual or motor deficits). Expected items are worked out from the GG scale
 * by hand: 01 dependent, 02 substantial/maximal, 03 partial/moderate, 04 supervision or touching, 05 set-up.
 */
class SelfCareEquipmentAndVestibularDrivingTest {

    private static final String DECONDITIONING = "{ \"code\": \"R53.81\", \"category\": \"deconditioning\" }";

    private static String stay(String findings, boolean alone, String bathroom) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-11-20\", \"patient\": { \"birthDate\": \"1948-05-11\" },"
                + " \"setting\": \"inpatient-rehab\", \"payer\": { \"kind\": \"medicare-part-a\" },"
                + " \"conditions\": [ " + DECONDITIONING + " ], \"findings\": [ " + findings + " ],"
                + " \"home\": { \"livesAlone\": " + alone + ", \"entryStairs\": 0, \"bathroom\": \"" + bathroom + "\","
                + " \"help\": \"" + (alone ? "none" : "full-time") + "\" } }";
    }

    // ---- finding 1: the GG item names the equipment ----

    @Test
    void lowerBodyDressingWithPartOfTheEffortGetsTheLongHandledDressingAids() {
        // 02 and 03: the patient does part of the effort, so reacher, sock aid and long-handled shoehorn
        for (int level : new int[] {2, 3}) {
            CarePlan p = Cases.plan(stay(gg("lower-body-dressing", level), false, "walk-in-shower"));
            assertEquals(Set.of("long-shoehorn", "reacher", "sock-aid"), equipmentItems(p), "level " + level);
            assertEquals("ot", equipmentItem(p, "reacher").discipline());
        }
        // 01: the helper does all the effort, nothing for the patient to use an aid with; 04: no hands-on help
        assertEquals(Set.of(), equipmentItems(Cases.plan(stay(gg("lower-body-dressing", 1), false, "walk-in-shower"))));
        assertEquals(Set.of(), equipmentItems(Cases.plan(stay(gg("lower-body-dressing", 4), false, "walk-in-shower"))));
    }

    @Test
    void footwearAddsElasticLaces() {
        assertEquals(Set.of("elastic-laces", "long-shoehorn", "sock-aid"),
                equipmentItems(Cases.plan(stay(gg("footwear", 3), false, "walk-in-shower"))));
    }

    @Test
    void toiletTransferAtThreeGetsARaisedSeatAndAtTwoTheCommode() {
        assertEquals(Set.of("grab-bars", "raised-toilet-seat"),
                equipmentItems(Cases.plan(stay(gg("toilet-transfer", 3), false, "walk-in-shower"))));
        // at 02 the bedside commode (its row stops at 02) and no raised seat (the raised seat's row starts at 03)
        assertEquals(Set.of("bedside-commode", "grab-bars"),
                equipmentItems(Cases.plan(stay(gg("toilet-transfer", 2), false, "walk-in-shower"))));
        // at 04 with help at home around the clock: nothing
        assertEquals(Set.of(), equipmentItems(Cases.plan(stay(gg("toilet-transfer", 4), false, "walk-in-shower"))));
    }

    @Test
    void livingAloneMakesTheBathroomEquipmentOfASupervisedActivityANeedBeforeGoingHome() {
        // toilet transfer at 04 (supervision): no helper at home to give it, so the raised seat and grab bars
        CarePlan p = Cases.plan(stay(gg("toilet-transfer", 4), true, "walk-in-shower"));
        assertEquals(Set.of("grab-bars", "raised-toilet-seat"), equipmentItems(p));
        assertTrue(equipmentItem(p, "raised-toilet-seat").because().startsWith("needed before going home"),
                equipmentItem(p, "raised-toilet-seat").because());
        // at 03 the same items, for the same reason (the lives-alone row takes the place of the other)
        CarePlan three = Cases.plan(stay(gg("toilet-transfer", 3), true, "walk-in-shower"));
        assertTrue(equipmentItem(three, "grab-bars").because().startsWith("needed before going home"),
                equipmentItem(three, "grab-bars").because());
        // at 05 (set-up only): nothing, even alone
        assertEquals(Set.of(), equipmentItems(Cases.plan(stay(gg("toilet-transfer", 5), true, "walk-in-shower"))));
    }

    @Test
    void theTrialCaseGetsEquipmentFromEachImpairedItemAndEachItemOnce() {
        CarePlan p = Cases.plan(stay(String.join(", ", gg("walk-10-feet", 3), gg("lower-body-dressing", 2),
                gg("toilet-transfer", 3), gg("tub-shower-transfer", 1)), true, "tub-shower"));
        assertEquals(Set.of("grab-bars", "hand-held-shower", "long-shoehorn", "raised-toilet-seat", "reacher",
                "sock-aid", "tub-bench", "walker"), equipmentItems(p));
        assertEquals(equipmentItems(p).size(), equipment(p).size());
        // the grab bars every tub/shower transfer problem gets keep their reason
        assertEquals("a fixed hand-hold for getting in and out of the bath", equipmentItem(p, "grab-bars").because());
        assertEquals("Bathroom equipment follows the bathroom at home", equipmentItem(p, "tub-bench").rule());
    }

    // ---- finding 2: driving with vestibular neuritis ----

    private static String vestibular(String moreFindings) {
        return "{ \"caseId\": \"v\", \"asOf\": \"2026-11-20\", \"patient\": { \"birthDate\": \"1982-03-04\" },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"commercial\" },"
                + " \"conditions\": [ { \"code\": \"H81.21\", \"category\": \"vestibular\", \"onset\": \"2026-11-02\" } ],"
                + " \"findings\": [ { \"area\": \"balance\", \"score\": 48 }, { \"area\": \"driving\" }" + moreFindings
                + " ], \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-16\" } ] }";
    }

    private static String lead(CarePlan p, String area) {
        return p.problems().stream().filter(x -> x.area().equals(area)).map(ProblemItem::lead).findFirst().orElseThrow();
    }

    private static Set<String> referrals(CarePlan p) {
        return p.discharge().referrals().stream().map(DischargePlan.ReferralItem::to)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean indicated(CarePlan p, String discipline) {
        return p.disciplines().stream().filter(d -> d.discipline().equals(discipline)).findFirst().orElseThrow()
                .indicated();
    }

    @Test
    void drivingWithVestibularNeuritisAloneIsPtsAdviceWithoutDrivingRehabilitation() {
        CarePlan p = Cases.plan(vestibular(""));
        assertEquals("pt", lead(p, "driving"));
        assertFalse(indicated(p, "ot"));
        assertFalse(referrals(p).contains("driving-rehab"), referrals(p).toString());
        // PT is seen weekly for 6 weeks in vestibular rehabilitation (frequency.csv vestibular-rehab)
        assertEquals(1, p.schedule().get(0).visitsPerWeek());
        assertEquals(6, p.schedule().get(0).weeks());
        assertTrue(p.discharge().homeProgram().stream().anyMatch(h -> h.discipline().equals("pt")
                && h.text().startsWith("Do not drive while")));
    }

    @Test
    void oscillopsiaIsTheHypofunctionsOwnSymptomAndKeepsDrivingWithPt() {
        CarePlan p = Cases.plan(vestibular(", { \"area\": \"vision\" }"));
        assertEquals("pt", lead(p, "driving"));
        assertFalse(referrals(p).contains("driving-rehab"));
    }

    @Test
    void aCognitiveDeficitBesideTheHypofunctionKeepsTheDrivingEvaluation() {
        // MoCA 20 of 30 (under 26: outside the normal range): a deficit that affects driving itself
        CarePlan p = Cases.plan(vestibular(", { \"area\": \"cognition\", \"score\": 20 }"));
        assertEquals("ot", lead(p, "driving"));
        assertTrue(referrals(p).contains("driving-rehab"), referrals(p).toString());
    }

    @Test
    void drivingWithoutAVestibularHypofunctionStaysOts() {
        // positional vertigo (H81.1) is not a hypofunction: the rows name H81.2 and H83.2 only
        CarePlan p = Cases.plan(vestibular("").replace("H81.21", "H81.11"));
        assertEquals("ot", lead(p, "driving"));
        assertTrue(referrals(p).contains("driving-rehab"));
    }
}
