package org.careweave.internal.batch;

import org.careweave.plan.Failure;

/**
 * The result for one NDJSON input line: {@code json} is the line to write to the output (a plan on one line, or
 * for a failed input an error object {@code {"line":17,"kind":"bad-input","error":"..."}}) and {@code failure} is
 * null when a plan was made. {@code line} is the 1-based line number in the input, blank lines counted.
 * {@code stops} is true for a line after which the input is not read (a NUL byte, or an over-long line with no end
 * in sight): it is the last result.
 */
public record LineResult(long line, String json, Failure failure, boolean stops) {

    /** A result after which the input goes on being read. */
    public LineResult(long line, String json, Failure failure) {
        this(line, json, failure, false);
    }

    public boolean ok() {
        return failure == null;
    }

    /**
     * The diagnostic for stderr, e.g. {@code line 17: /findings/0/level: must be <= 6}, {@code line 4: longer than 1
     * MiB, the most one line may hold (3146091 bytes): not read} (a whole line refused, said without its {@code /});
     * null when ok. Malformed JSON
     * is said at the input's line and the column in it, once: {@code line 83, column 4: malformed JSON: a comma is
     * missing between two entries} (the message's own "at line 1, column 4" counts within the one-line case, which
     * read beside the batch's line number as a second, contradicting line; users' trial of int41). A pointer other
     * than {@code /} stays: {@code line 9, column 23: malformed JSON at /caseId: a field given twice in one object}.
     */
    public String diagnostic() {
        if (failure == null) {
            return null;
        }
        java.util.regex.Matcher m = MALFORMED_IN_LINE.matcher(failure.message());
        if (m.lookingAt()) {
            String at = m.group(1).equals("/") ? "" : " at " + m.group(1);
            return "line " + line + ", column " + m.group(2) + ": malformed JSON" + at + ": "
                    + failure.message().substring(m.end());
        }
        // a whole line over the limit: the line is the place, "/" adds nothing ("line 4: longer than 1 MiB, ...")
        if (failure.message().startsWith("/: " + BatchPlanner.LONGER_THAN)) {
            return "line " + line + ": " + failure.message().substring(3);
        }
        return "line " + line + ": " + failure.message();
    }

    /** The reader's words for malformed JSON in a one-line case: its pointer, then line 1 and the column. */
    private static final java.util.regex.Pattern MALFORMED_IN_LINE = java.util.regex.Pattern.compile(
            "(/\\S*): malformed JSON at line 1, column (\\d+): ");
}
