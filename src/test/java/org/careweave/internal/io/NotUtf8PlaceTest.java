package org.careweave.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.careweave.InputException;
import org.careweave.io.CaseReader;
import org.junit.jupiter.api.Test;

/**
 * A case that is not UTF-8 is refused at the line and column of its first bad byte. The JSON parser named the place
 * where it gave up, after the bytes it took for the rest of the character: a lone 0xE9 (a three-byte lead) followed by
 * {@code "}} was put at column 14 while it is the 12th byte (fresh user's trial, 4 December 2026). Places counted by
 * hand from the bytes below.
 */
class NotUtf8PlaceTest {

    private static String refusal(byte[] bytes) {
        return assertThrows(InputException.class, () -> CaseReader.read(new ByteArrayInputStream(bytes))).getMessage();
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aLoneLeadByteIsNamedAtItsOwnColumn() {
        // {"caseId":" is 11 bytes: the bad byte is the 12th
        assertEquals("/: malformed JSON at line 1, column 12: not UTF-8 text", refusal(latin1("{\"caseId\":\"\u00e9\"}")));
    }

    @Test
    void onALaterLineTheColumnCountsFromThatLine() {
        // line 2 is ` "asOf":"` (9 bytes) then the bad byte: column 10
        assertEquals("/: malformed JSON at line 2, column 10: not UTF-8 text",
                refusal(latin1("{\"caseId\":\"ok\",\n \"asOf\":\"\u00e9\"}")));
    }

    @Test
    void aByteOrderMarkIsNotAColumn() {
        byte[] text = latin1("{\"caseId\":\"\u00e9\"}");
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals("/: malformed JSON at line 1, column 12: not UTF-8 text", refusal(withBom));
    }

    @Test
    void aBadContinuationByteIsNamedAtTheCharacterItBreaks() {
        // the two-byte character C3 A9 with its second byte replaced by '"': the lead byte C3 (the 12th) starts the
        // character that is not UTF-8
        byte[] b = latin1("{\"caseId\":\"\u00c3\"}");
        assertEquals("/: malformed JSON at line 1, column 12: not UTF-8 text", refusal(b));
    }
}
