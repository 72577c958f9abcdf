package org.careweave.fact;

/**
 * A discipline is indicated. {@code scope} is {@code treat} (a problem calls for it) or {@code evaluate} (the
 * condition calls for an evaluation while no finding is recorded yet).
 */
public record Indication(String discipline, String scope, String because) implements Explained {
    public static final String TREAT = "treat";
    public static final String EVALUATE = "evaluate";
}
