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

    /** The diagnostic for stderr, e.g. {@code line 17: /findings/0/level: must be <= 6}; null when ok. */
    public String diagnostic() {
        return failure == null ? null : "line " + line + ": " + failure.message();
    }
}
