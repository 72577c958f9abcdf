package org.careweave.fact;

import java.util.List;

/**
 * Reference row from {@code rules/tables/precaution-texts.csv}: what a precaution kind (and, for weight-bearing,
 * {@code level}) means in words ({@code text}), how a goal it binds says so ({@code within}, null: not repeated),
 * and the area domains whose goals it binds ({@code binds}: {@code self-care}, {@code mobility}, ...); a row with a
 * {@code condition} (a condition category) words the kind for a case with that condition, a row without one for every
 * other case; a row with a {@code region} (a contract body region, {@code head-neck}) words the kind where the case's
 * precaution or a condition's code names that region, a row without one every other case (rules read the chosen row
 * as {@link PrecautionWording}).
 */
public record PrecautionText(String kind, String level, String condition, String text, String within,
        List<String> binds, String source, String region) {}
