package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/protocol-complications.csv}: a finding of {@code area} in one of the
 * protocol's regions ({@code aftercare.csv} regions) or without a region that shows a complication of the protocol
 * whose plan precaution is {@code precaution}: a deficit recorded as such ({@code direction} {@code deficit}), or a
 * score at or above or at or below {@code value}. The complications found are named in {@code rank} order
 * ({@code rules/plan/aftercare.drl}, {@code ProtocolComplication}).
 *
 * @param precaution the plan precaution of the protocol, e.g. {@code carpal-tunnel-release}
 * @param area       the area of the finding, e.g. {@code pain}
 * @param direction  {@code deficit}, {@code at-or-above} or {@code at-or-below}
 * @param value      the score the direction compares with, or null for {@code deficit}
 * @param words      the complication in words, as the schedule's reason gives it, e.g. {@code stiffness}
 * @param rank       the place of these words among the protocol's complications named together
 * @param source     the reference
 */
public record ComplicationSign(String precaution, String area, String direction, Double value, String words, int rank,
        String source) {}
