package org.careweave.plan;

/**
 * Why one case in a batch has no plan. {@code message} is what the single-case command would print, e.g.
 * {@code /findings/0/level: must be <= 6}; it names a JSON pointer and a rule, never patient data beyond what the
 * input itself said.
 */
public record Failure(Kind kind, String message) {

    public enum Kind {
        /** The case is not valid input (exit code 2 in the CLI). */
        BAD_INPUT("bad-input"),
        /** The rules ran but could not make a sound plan (exit code 1 in the CLI). */
        RULES_FAILED("rules-failed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The lower-kebab-case name written in NDJSON error lines. */
        public String label() {
            return label;
        }
    }
}
