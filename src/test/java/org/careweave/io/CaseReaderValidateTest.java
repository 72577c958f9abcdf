package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careweave.InputException;
import org.careweave.internal.engine.Vocabularies;
import org.careweave.model.Case;
import org.careweave.model.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * validate() skips a case this thread has just read against the same vocabulary (the same objects); anything
 * else is still checked in full.
 */
class CaseReaderValidateTest {

    private static final Path EXAMPLE = Path.of("examples/ankylosing-spondylitis.json");

    /** The bundled vocabulary with only the "inpatient-rehab" setting allowed (the example's is "outpatient"). */
    private static Vocabulary withoutOutpatient() {
        Vocabulary bundled = Vocabularies.bundled();
        Map<String, List<String>> lists = new HashMap<>();
        for (String list : bundled.lists()) {
            lists.put(list, List.copyOf(bundled.values(list)));
        }
        lists.put(Vocabulary.SETTING, List.of("inpatient-rehab"));
        return new Vocabulary(lists);
    }

    @Test
    void aCaseJustReadIsValidAgainstTheSameVocabularyAndIsReturnedAsItIs() throws Exception {
        Case c = CaseReader.read(Files.readString(EXAMPLE), Vocabularies.bundled());
        assertSame(c, CaseReader.validate(c, Vocabularies.bundled()));
    }

    @Test
    void theBundledPlannersVocabularyIsTheOneCaseReaderReadsAgainst() {
        // CaseReader.read(json) then CarePlanner.bundled().plan(c), the README's embedding path, then checks the case
        // once: CarePlanner.plan validates against the planner's vocabulary, and only the same instance is skipped.
        assertSame(Vocabularies.bundled(), org.careweave.CarePlanner.bundled().vocabulary());
    }

    @Test
    void aCaseJustReadIsCheckedInFullAgainstAnotherVocabulary() throws Exception {
        Case c = CaseReader.read(Files.readString(EXAMPLE), Vocabularies.bundled());
        InputException e = assertThrows(InputException.class, () -> CaseReader.validate(c, withoutOutpatient()));
        assertEquals("/setting", e.pointer());
    }

    @Test
    void anEqualCaseBuiltElsewhereIsCheckedInFull() throws Exception {
        Vocabulary narrow = withoutOutpatient();
        String json = Files.readString(EXAMPLE).replace("\"outpatient\"", "\"inpatient-rehab\"");
        CaseReader.read(json, narrow); // the last case read on this thread, against `narrow`
        Case outpatient = CaseReader.read(Files.readString(EXAMPLE), Vocabularies.bundled());
        Case copy = new Case(outpatient.caseId(), outpatient.asOf(), outpatient.patient(), outpatient.setting(),
                outpatient.payer(), outpatient.conditions(), outpatient.findings(), outpatient.home(),
                outpatient.goals(), outpatient.orders(), outpatient.visits(), outpatient.plansOfCare(),
                outpatient.billing(), outpatient.precautions());
        assertEquals(outpatient, copy);
        assertThrows(InputException.class, () -> CaseReader.validate(copy, narrow));
    }
}
