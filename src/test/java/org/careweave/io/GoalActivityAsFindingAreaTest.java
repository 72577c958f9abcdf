package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.careweave.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 33: an activity areas.csv lists for patient goals only (input goal: community mobility, work, leisure, play,
 * school) given as a finding's area is refused as a goal activity, with where it belongs, not as an unknown area; the
 * message never repeats the value (only the bounded list of the 49 finding areas).
 */
class GoalActivityAsFindingAreaTest {

    private static String withFinding(String area) {
        return "{ \"caseId\": \"g\", \"asOf\": \"2026-12-01\", \"patient\": { \"birthDate\": \"1960-01-01\" },"
                + " \"setting\": \"outpatient\", \"findings\": [ { \"area\": \"" + area + "\" } ] }";
    }

    @ParameterizedTest
    @ValueSource(strings = {"work", "play", "community-mobility", "leisure", "school"})
    void aGoalActivityIsNoFindingArea(String activity) {
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(withFinding(activity)));
        assertEquals("/findings/0/area: a goal activity (tables/areas.csv input goal), not a finding area: a patient"
                + " goal names it (goals[].activity), and the findings record the deficits that limit it in the"
                + " finding areas (49 values, e.g. eating, oral-hygiene, toileting-hygiene, ...)", e.getMessage());
        assertFalse(e.getMessage().contains(activity), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"walk-far", "Work in the garden"})
    void anyOtherValueIsStillNotAFindingArea(String value) {
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(withFinding(value)));
        assertEquals("/findings/0/area: not a finding area in tables/areas.csv (49 values, e.g. eating, oral-hygiene,"
                + " toileting-hygiene, ...)", e.getMessage());
    }
}
