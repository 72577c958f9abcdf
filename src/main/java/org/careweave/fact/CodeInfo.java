package org.careweave.fact;

import java.util.List;

/**
 * Reference row from {@code rules/tables/codes.csv}: a billing code in our own words. {@code timed} codes bill in
 * 15-minute units; the others bill one unit per service. {@code medicareStatus} is empty, {@code bundled}
 * (never paid separately) or {@code not-recognized} (bill {@code medicareCode} instead). {@code therapistOnly}
 * codes (evaluations) may not be furnished by an assistant (an empty field reads as false). {@code kind} is {@code evaluation}, {@code procedure},
 * {@code attended-modality}, {@code supervised-modality}, {@code group} or {@code home-health-visit};
 * {@code source} says where the row's facts come from.
 */
public record CodeInfo(
        String code,
        String description,
        boolean timed,
        List<String> disciplines,
        String medicareStatus,
        String medicareCode,
        Boolean therapistOnly,
        String kind,
        String source) {

    /**
     * Copies the disciplines (null becomes empty); an absent {@code therapistOnly} reads as false.
     *
     * @param code           the CPT or HCPCS code
     * @param description    the code in our own words
     * @param timed          whether it bills in 15-minute units
     * @param disciplines    who usually bills it
     * @param medicareStatus empty, {@code bundled} or {@code not-recognized}
     * @param medicareCode   the code Medicare takes instead, or empty
     * @param therapistOnly  whether an assistant may not furnish it (null: false)
     * @param kind           the code kind, or null
     * @param source         where the row's facts come from, or null
     */
    public CodeInfo {
        disciplines = List.copyOf(disciplines == null ? List.of() : disciplines);
        therapistOnly = therapistOnly != null && therapistOnly;
    }

    /**
     * A code without the v2 fields (Java callers and tests; a table must have every column): not therapist-only, no
     * kind or source.
     *
     * @param code           the CPT or HCPCS code
     * @param description    the code in our own words
     * @param timed          whether it bills in 15-minute units
     * @param disciplines    who usually bills it
     * @param medicareStatus empty, {@code bundled} or {@code not-recognized}
     * @param medicareCode   the code Medicare takes instead, or empty
     */
    public CodeInfo(String code, String description, boolean timed, List<String> disciplines, String medicareStatus,
            String medicareCode) {
        this(code, description, timed, disciplines, medicareStatus, medicareCode, false, null, null);
    }
}
