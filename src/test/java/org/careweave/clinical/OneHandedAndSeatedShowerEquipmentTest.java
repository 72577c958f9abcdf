package org.careweave.clinical;

import static org.careweave.clinical.Cases.condition;
import static org.careweave.clinical.Cases.equipment;
import static org.careweave.clinical.Cases.equipmentItem;
import static org.careweave.clinical.Cases.equipmentItems;
import static org.careweave.clinical.Cases.gg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/**
 * Session 33 (stop 32's broad equipment rows). A patient with the use of one arm (hemiplegia after a stroke, an
 * upper-limb amputation, a wrist in a cast) is taught one-handed dressing (Wolf and Nilsen 2015, AOTA stroke
 * guideline; Pedretti's ADL chapter): a sock aid, pulled up by two straps with both hands, is left off and elastic laces
 * and a button hook come instead. A hand-held shower is for washing seated, so it goes with a shower chair or tub
 * transfer bench the patient has or gets. Expected items are worked out by hand from discharge-equipment.csv: at
 * Section GG 03 lower-body dressing brings reacher, sock aid and long-handled shoehorn, footwear sock aid,
 * long-handled shoehorn and elastic laces; bathing at 03 grab bars, hand-held shower and long-handled sponge.
 */
class OneHandedAndSeatedShowerEquipmentTest {

    private static String stay(String condition, String findings, String bathroom, String owned) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-12-01\", \"patient\": { \"birthDate\": \"1950-05-11\" },"
                + " \"setting\": \"inpatient-rehab\", \"payer\": { \"kind\": \"medicare-part-a\" },"
                + " \"conditions\": [ " + condition + " ], \"findings\": [ " + findings + " ],"
                + " \"home\": { \"livesAlone\": false, \"entryStairs\": 0, \"bathroom\": \"" + bathroom + "\","
                + " \"help\": \"full-time\"" + (owned == null ? "" : ", \"equipment\": [ \"" + owned + "\" ]") + " } }";
    }

    private static final String DRESSING = String.join(", ", gg("lower-body-dressing", 3), gg("footwear", 3),
            gg("upper-body-dressing", 3));

    @Test
    void hemiplegiaAfterAStrokeGetsTheOneHandedAidsAndNoSockAid() {
        CarePlan p = Cases.plan(stay(condition("I69.351", "stroke", "2026-11-10"), DRESSING, "walk-in-shower", null));
        assertEquals(Set.of("button-hook", "elastic-laces", "long-shoehorn", "reacher"), equipmentItems(p));
        assertEquals(equipmentItems(p).size(), equipment(p).size()); // each item once
        // the elastic laces for the one-handed reason, not the GG row's
        assertTrue(equipmentItem(p, "elastic-laces").because().startsWith("putting on shoes with one hand"),
                equipmentItem(p, "elastic-laces").because());
        assertEquals("Equipment for dressing with one hand is recommended by the discipline that leads the problem",
                equipmentItem(p, "button-hook").rule());
        assertEquals("ot", equipmentItem(p, "button-hook").discipline());
    }

    @Test
    void aStrokeCodedWithoutHemiplegiaKeepsTheSockAid() {
        // I63.9 names no weak arm: the GG rows as before, no one-handed aids
        CarePlan p = Cases.plan(stay(condition("I63.9", "stroke", "2026-11-10"), DRESSING, "walk-in-shower", null));
        assertEquals(Set.of("elastic-laces", "long-shoehorn", "reacher", "sock-aid"), equipmentItems(p));
    }

    @Test
    void anUpperLimbAmputationDressesOneHanded() {
        CarePlan p = Cases.plan(stay(condition("Z89.211", "amputation", "2026-11-02"),
                gg("lower-body-dressing", 3), "walk-in-shower", null));
        assertEquals(Set.of("long-shoehorn", "reacher"), equipmentItems(p));
    }

    @Test
    void aWristInItsCastDressesOneHandedOnlyWhileTheCastIsOn() {
        // distal radius fracture 3 weeks ago: in its cast, under the protocol's 8 weeks (aftercare.csv distal-radius-fracture)
        CarePlan cast = Cases.plan(stay(condition("S52.501A", "fracture", "2026-11-10"),
                gg("footwear", 3), "walk-in-shower", null));
        assertEquals(Set.of("elastic-laces", "long-shoehorn"), equipmentItems(cast));
        assertTrue(equipmentItem(cast, "elastic-laces").because().startsWith("putting on shoes with one hand"));
        // 10 weeks after the fracture the protocol is over: the sock aid again
        CarePlan later = Cases.plan(stay(condition("S52.501D", "fracture", "2026-09-20"),
                gg("footwear", 3), "walk-in-shower", null));
        assertEquals(Set.of("elastic-laces", "long-shoehorn", "sock-aid"), equipmentItems(later));
    }

    private static final String DECONDITIONING = condition("R53.81", "deconditioning", "2026-11-01");

    @Test
    void aHandHeldShowerIsNotRecommendedWithNothingToSitOn() {
        // a bathtub without a shower and no tub transfer treated: no tub bench, no shower chair
        assertEquals(Set.of("grab-bars", "long-sponge"),
                equipmentItems(Cases.plan(stay(DECONDITIONING, gg("shower-bathe", 3), "tub-only", null))));
    }

    @Test
    void aHandHeldShowerGoesWithTheShowerChairOwnedOrRecommended() {
        // a shower chair at home: the hand-held shower is recommended, the chair not again
        assertEquals(Set.of("grab-bars", "hand-held-shower", "long-sponge"),
                equipmentItems(Cases.plan(stay(DECONDITIONING, gg("shower-bathe", 3), "tub-only", "shower-chair"))));
        // a walk-in shower: the shower chair is recommended, and the hand-held shower with it
        assertEquals(Set.of("grab-bars", "hand-held-shower", "long-sponge", "shower-chair"),
                equipmentItems(Cases.plan(stay(DECONDITIONING, gg("shower-bathe", 3), "walk-in-shower", null))));
    }
}
