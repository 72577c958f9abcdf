package org.careweave.fact;

import java.util.List;

/**
 * Reference row from {@code rules/tables/aftercare.csv}: a case with a condition of {@code category} and a condition
 * whose ICD-10-CM code starts with {@code codePrefix} (the same condition or an aftercare code beside it, such as
 * Z48.811 beside carpal tunnel syndrome) is after the surgery or injury whose protocol the plan precaution
 * {@code precaution} states, until {@code untilWeek} weeks after the condition's onset (null: while the code is
 * recorded). The contract has no surgery field: the codes a clinic sends are how the case says it
 * ({@code rules/plan/aftercare.drl}).
 *
 * @param precaution the plan precaution the state after surgery stands for, e.g. {@code carpal-tunnel-release}
 * @param category   the condition category the surgery treated, e.g. {@code carpal-tunnel}
 * @param codePrefix the start of an ICD-10-CM code, e.g. {@code Z48.811}
 * @param untilWeek  the week after onset from which the protocol's precaution no longer holds, or null
 * @param regions    the body regions ({@code vocabulary.csv} list {@code region}) the surgery or injury is of: a
 *                   complication the protocol names is a finding of one of them or of no region, never of another
 * @param joints     the joints ({@code condition-regions.csv} joint) the protocol governs: a problem a condition's code
 *                   places at a joint another protocol governs and this one does not (the repaired shoulder beside a
 *                   carpal tunnel release) is left to that protocol; empty when the protocol names none
 * @param source     the reference
 */
public record AftercareCode(String precaution, String category, String codePrefix, Integer untilWeek, List<String> regions,
        List<String> joints, String source) {}
