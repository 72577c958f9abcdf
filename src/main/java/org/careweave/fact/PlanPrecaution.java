package org.careweave.fact;

import java.util.List;

/**
 * Conclusion: a precaution {@code discipline} must respect, in words ({@code text}); {@code within} is how a goal
 * it binds says so (null: not repeated in goals) and {@code binds} the area domains whose goals it binds.
 */
public record PlanPrecaution(String kind, String discipline, String text, String within, List<String> binds) {}
