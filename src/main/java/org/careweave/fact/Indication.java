package org.careweave.fact;

/**
 * A discipline is indicated. {@code scope} is {@code treat} (a problem calls for it) or {@code evaluate} (the
 * condition calls for an evaluation while no finding is recorded yet).
 */
public record Indication(String discipline, String scope, String because) implements Explained {
    /** {@code scope}: a problem calls for the discipline. */
    public static final String TREAT = "treat";
    /** {@code scope}: the condition calls for an evaluation first. */
    public static final String EVALUATE = "evaluate";
}
