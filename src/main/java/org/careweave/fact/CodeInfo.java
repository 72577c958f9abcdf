package org.careweave.fact;

import java.util.List;

/**
 * Reference row from {@code rules/tables/codes.csv}: a billing code in our own words. {@code timed} codes bill in
 * 15-minute units; the others bill one unit per service. {@code medicareStatus} is empty, {@code bundled}
 * (never paid separately) or {@code not-recognized} (bill {@code medicareCode} instead).
 */
public record CodeInfo(
        String code,
        String description,
        boolean timed,
        List<String> disciplines,
        String medicareStatus,
        String medicareCode) {

    public CodeInfo {
        disciplines = List.copyOf(disciplines == null ? List.of() : disciplines);
    }
}
