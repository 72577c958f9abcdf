package org.careweave.plan;

/**
 * Why one case in a batch has no plan. {@code message} is what the single-case command would print, e.g.
 * {@code /findings/0/level: must be <= 6}; it names a JSON pointer and a rule, never patient data beyond what the
 * input itself said.
 *
 * @param kind    whether the input or the rules failed
 * @param message the error, as the single-case command prints it
 */
public record Failure(Kind kind, String message) {

    /** The two ways a case can fail, matching the command line's exit codes 2 and 1. */
    public enum Kind {
        /** The case is not valid input (exit code 2 in the CLI). */
        BAD_INPUT("bad-input"),
        /** The rules ran but could not make a sound plan (exit code 1 in the CLI). */
        RULES_FAILED("rules-failed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /**
         * The lower-kebab-case name written in NDJSON error lines.
         *
         * @return {@code bad-input} or {@code rules-failed}
         */
        public String label() {
            return label;
        }
    }
}
