package org.careweave.internal.io;

/**
 * The contract's form of a {@code caseId} (CONTRACT.md, case.schema.json): 1 to {@link #MAX_LENGTH} characters, not
 * blank, no control characters (C0, DEL, C1). The caller's identifier is copied into every plan and every batch
 * outcome, so it is bounded; one check for the JSON reader, a case built in Java and the FHIR reader.
 */
public final class CaseIds {

    /** Longest caseId, in characters (Unicode code points, as JSON Schema's {@code maxLength} counts them). */
    public static final int MAX_LENGTH = 128;

    private CaseIds() {}

    /** What is wrong with {@code id} as a caseId, in words that do not repeat it; null when it is fine. */
    public static String problem(String id) {
        if (id == null || id.isBlank()) {
            return "must not be empty";
        }
        if (id.length() > MAX_LENGTH && id.codePointCount(0, id.length()) > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (id.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F))) {
            return "must not contain control characters";
        }
        return null;
    }
}
