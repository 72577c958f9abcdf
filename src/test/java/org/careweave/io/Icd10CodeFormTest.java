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
 *
 * <p>Stop 34 (hostile fresh user): U99.9, of the right form but in no ICD-10-CM chapter (chapter 22, codes for
 * special purposes, ends at U85), was read and planned without a word. A code whose category (first three
 * characters) is in no chapter of the FY2026 Tabular List (tables/icd10-cm-chapters.csv) is now bad input at its
 * pointer; a real code careweave has no rules for (I10) still plans.
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

    /**
     * Categories outside every chapter, each worked out from the FY2026 Tabular List's chapter ranges: chapter 22
     * is U00-U85, chapter 3 ends at D89 and chapter 4 starts at E00, chapter 8 ends at H95, chapter 11 at K95,
     * chapter 16 at P96, chapter 19 at T88; a letter in third place exists only in C4A, C7A, C7B, D3A, M1A, O9A, Z3A.
     */
    @Test
    void aCodeInNoIcd10CmChapterIsRefusedWithoutRepeatingIt() {
        String message = "/conditions/0/code: not an ICD-10-CM code: no chapter of ICD-10-CM has its category, the"
                + " first three characters (the ranges of tables/icd10-cm-chapters.csv)";
        for (String bad : new String[] {"U99.9", "U86", "D90.1", "H96.0", "K96", "P97.1", "T89.0", "A0B.1",
                "C4B.1", "O9B.1"}) {
            assertEquals(message, refusal(bad), bad);
        }
    }

    /** Codes that exist, at the edges of the chapter ranges and with a letter in third place, and codes no rule knows. */
    @Test
    void aRealCodeIsReadEvenWhenNoRuleKnowsIt() {
        for (String good : new String[] {"I10", "U07.1", "U09.9", "D89.9", "E00.0", "H95.89", "K95.01", "P96.9",
                "T88.7", "C4A.9", "C7A.00", "C7B.8", "D3A.00", "M1A.00", "O9A.111", "Z3A.20", "A00.0", "Z99.89",
                "V00.01XA", "Y99.9"}) {
            assertEquals(good, CaseReader.read(caseWith(good)).conditions().get(0).code(), good);
        }
    }

    @Test
    void aCodeOfTheRightFormIsReadWhetherOrNotTheTablesKnowIt() {
        for (String good : new String[] {"Z96.641", "I63.9", "S72.001D", "M16", "Q99.9XYZ"}) {
            assertEquals(good, CaseReader.read(caseWith(good)).conditions().get(0).code(), good);
        }
    }
}
