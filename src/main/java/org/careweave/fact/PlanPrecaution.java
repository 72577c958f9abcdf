package org.careweave.fact;

import java.util.List;

/**
 * Conclusion: a precaution {@code discipline} must respect, in words ({@code text}); {@code within} is how a goal
 * it binds says so (null: not repeated in goals), {@code binds} the area domains whose goals it binds,
 * {@code because} where it comes from (the case, or the finding that makes it one) and {@code source} the
 * {@code precaution-texts.csv} row's source (null: the rule's {@code @source}).
 */
public record PlanPrecaution(String kind, String discipline, String text, String within, List<String> binds,
        String because, String source) implements Explained, Sourced {}
