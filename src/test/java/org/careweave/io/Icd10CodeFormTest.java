package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.careweave.InputException;
import org.junit.jupiter.api.Test;

/**
 * Fresh-user trial 25: a condition's ICD-10-CM code written as on a claim (Z96641, no dot) or in lower case was
 * refused with "not an ICD-10-CM code (e.g. Z96.641)", which did not say what was wrong. The message now names the
 * form expected, never the code given (a diagnosis is personal). Form only: a code of the right form that is not in
 * the ICD-10-CM code set (Q99.9XYZ) is read, as any code of the 70,000 the tables do not list.
 */
class Icd10CodeFormTest {

    private static String caseWith(String code) {
        return """
                { "caseId": "icd-01", "setting": "outpatient", "payer": { "kind": "medicare-part-b" },
                  "conditions": [ { "code": "%s", "category": "joint-replacement" } ] }
                """.formatted(code);
    }

    private static String refusal(String code) {
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(caseWith(code)));
        assertEquals("/conditions/0/code", e.pointer());
        if (!"like Z96.641 or I63.9".contains(code)) { // else a part of the examples the message gives
            assertFalse(e.getMessage().contains(code), e.getMessage());
        }
        return e.getMessage();
    }

    @Test
    void aCodeWithoutItsDotIsRefusedSayingWhereTheDotGoes() {
        assertEquals("/conditions/0/code: an ICD-10-CM code is written with a dot after its third character, like"
                + " Z96.641 (claim forms leave the dot out; a case keeps it)", refusal("Z96641"));
    }

    @Test
    void aLowerCaseCodeIsRefusedSayingCodesAreCapitals() {
        assertEquals("/conditions/0/code: an ICD-10-CM code is written in capital letters, like Z96.641",
                refusal("z96.641"));
        assertEquals("/conditions/0/code: an ICD-10-CM code is written in capital letters and with a dot after its"
                + " third character, like Z96.641 (claim forms leave the dot out; a case keeps it)", refusal("m1611"));
    }

    @Test
    void anythingElseIsRefusedWithTheFormExpected() {
        String form = "/conditions/0/code: not an ICD-10-CM code: expected a capital letter, a digit, a digit or"
                + " capital letter, then a dot and 1 to 4 digits or capital letters, like Z96.641 or I63.9";
        for (String bad : new String[] {"Z9", "96.641", "Z96.64155", "Z96.", "Z96-641", "ZZ6.641", " Z96.641"}) {
            assertEquals(form, refusal(bad), bad);
        }
    }

    @Test
    void aCodeOfTheRightFormIsReadWhetherOrNotTheTablesKnowIt() {
        for (String good : new String[] {"Z96.641", "I63.9", "S72.001D", "M16", "Q99.9XYZ"}) {
            assertEquals(good, CaseReader.read(caseWith(good)).conditions().get(0).code(), good);
        }
    }
}
