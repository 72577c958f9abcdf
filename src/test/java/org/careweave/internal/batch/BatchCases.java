package org.careweave.internal.batch;

/** Small NDJSON lines for batch tests: valid cases any complete rule set can plan, and known-bad ones. */
final class BatchCases {

    private BatchCases() {}

    static String good(String caseId) {
        return "{\"caseId\":\"" + caseId + "\",\"asOf\":\"2026-11-20\",\"setting\":\"outpatient\","
                + "\"payer\":{\"kind\":\"medicare-part-b\"},"
                + "\"conditions\":[{\"code\":\"Z96.641\",\"category\":\"joint-replacement\",\"onset\":\"2026-11-10\"}],"
                + "\"findings\":[{\"area\":\"walk-150-feet\",\"level\":2},{\"area\":\"lower-body-dressing\",\"level\":2}],"
                + "\"orders\":[{\"discipline\":\"pt\",\"date\":\"2026-11-12\"},{\"discipline\":\"ot\",\"date\":\"2026-11-12\"}]}";
    }

    /** A GG level of 7: CaseReader rejects it at {@code /findings/0/level}. */
    static String levelSeven(String caseId) {
        return "{\"caseId\":\"" + caseId + "\",\"setting\":\"outpatient\","
                + "\"findings\":[{\"area\":\"walk-150-feet\",\"level\":7}]}";
    }

    /** Rejected by CaseReader before any rule runs ({@code /setting: required}); cheap, for big streams. */
    static String missingSetting(String caseId) {
        return "{\"caseId\":\"" + caseId + "\"}";
    }
}
