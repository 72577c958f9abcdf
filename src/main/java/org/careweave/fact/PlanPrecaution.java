package org.careweave.fact;

import java.util.List;

/**
 * Conclusion: a precaution {@code discipline} must respect, in words ({@code text}); {@code within} is how a goal
 * it binds says so (null: not repeated in goals), {@code binds} the area domains whose goals it binds and
 * {@code because} where it comes from (the case, or the finding that makes it one).
 */
public record PlanPrecaution(String kind, String discipline, String text, String within, List<String> binds,
        String because) implements Explained {}
