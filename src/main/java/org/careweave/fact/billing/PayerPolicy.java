package org.careweave.fact.billing;

/**
 * Reference row from {@code rules/tables/payers.csv}: how a payer kind bills therapy. {@code label} is how a biller
 * names the payer in a reason or report ("Medicare Part B", never the contract's {@code medicare-part-b}; the payer kind
 * in a table without the column). {@code program} is the programme that pays the claim ({@code medicare-part-a},
 * {@code medicare-part-b}, {@code medicare-advantage}, {@code medicaid}, {@code commercial}, {@code self-pay}: the
 * vocabulary.csv list {@code column:payers.program}); a rule about one Medicare programme's coverage matches it, never
 * a payer kind. {@code unitMethod} is
 * {@code cms-total-time} or {@code per-code}; {@code cotreatment} is {@code bill-once} (the minutes two
 * disciplines share are billed once, Part B) or {@code each-records-full} (each records the whole session, Part A
 * SNF); {@code groupConcurrentCap} is the share of a discipline's minutes that group and concurrent therapy may
 * make up (null: no cap); {@code groupCode} is what a group or concurrent session is billed as (97150; null: the
 * recorded codes stand, as in a Part A nursing facility stay); {@code distinctModifier} is the modifier (59 or XU)
 * the column-two line of an NCCI pair carries when the clock times show distinct services (null: none is placed).
 */
public record PayerPolicy(
        String payerKind,
        String label,
        String program,
        String unitMethod,
        String cotreatment,
        boolean planModifiers,
        boolean assistantModifiers,
        double assistantPaymentFactor,
        boolean medicareCodes,
        boolean ncci,
        boolean therapyThreshold,
        Double groupConcurrentCap,
        String groupCode,
        String distinctModifier,
        String source) {

    /**
     * How a biller names the payer.
     *
     * @return the table's label, or the payer kind when the table has none
     */
    @Override
    public String label() {
        return label == null ? payerKind : label;
    }
}
