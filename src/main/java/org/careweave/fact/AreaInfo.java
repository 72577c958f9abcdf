package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/areas.csv}: how an area reads in a plan and how its findings are
 * scored. {@code scale} is {@code gg} (Section GG 1-6), a named score scale, or {@code presence}; {@code input}
 * is {@code finding} (a finding or a goal may name it) or {@code goal} (only a patient goal may).
 */
public record AreaInfo(String area, String label, String domain, String scale, String input) {

    /**
     * An area without an input (Java callers; a table must have the column): a finding area, as every v1 row was.
     *
     * @param area   the area id
     * @param label  how it reads in a plan
     * @param domain its domain, e.g. {@code self-care}, {@code body-function}
     * @param scale  {@code gg}, a named score scale, or {@code presence}
     */
    public AreaInfo(String area, String label, String domain, String scale) {
        this(area, label, domain, scale, "finding");
    }

    /**
     * Fills the default input ({@code finding}).
     *
     * @param area   the area id
     * @param label  how it reads in a plan
     * @param domain its domain
     * @param scale  its scale
     * @param input  {@code finding} or {@code goal}; null means {@code finding}
     */
    public AreaInfo {
        input = input == null ? "finding" : input;
    }
}
