package org.careweave.fact;

import java.util.List;

/**
 * Conclusion used inside the rules, never reported: the {@code rules/tables/precaution-texts.csv} row that words a
 * precaution kind (and weight-bearing {@code level}) for this case ({@code rules/plan/precautions.drl}): the row for a
 * condition the case records where the table has one (a spinal cord injury's pressure-injury or orthostatic
 * hypotension text), otherwise the row without a condition. Every rule that words a precaution reads this, never the
 * table row itself.
 *
 * @param kind   the precaution kind
 * @param level  the weight-bearing level, or null
 * @param text   the precaution in words
 * @param within how a goal it binds says so, or null
 * @param binds  the area domains whose goals it binds
 * @param source the row's source
 */
public record PrecautionWording(String kind, String level, String text, String within, List<String> binds,
        String source) {}
