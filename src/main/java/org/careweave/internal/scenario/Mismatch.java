package org.careweave.internal.scenario;

import java.util.List;

/** One expectation a plan did not meet: what was expected, what the plan has, and the rules that decided it. */
public record Mismatch(String what, String expected, String actual, List<String> rules) {

    @Override
    public String toString() {
        return what + "\n      expected: " + expected + "\n      actual:   " + actual
                + (rules.isEmpty() ? "" : "\n      decided by: " + String.join("; ", rules));
    }
}
