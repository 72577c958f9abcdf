package org.careweave.fact;

/**
 * Conclusion: equipment to obtain before discharge ({@code item}), recommended by {@code discipline}, and why.
 * {@code basis} is the {@link EquipmentNeed} it recommends: the plan names that need's rule (which row of which
 * table called for the item), not the rule that checked the patient does not have it already.
 *
 * @param item       the equipment (a home.equipment name)
 * @param discipline the discipline that recommends it
 * @param because    why, in words (the need's reason, and what else it does the work of)
 * @param source     the need's source (and the cover's)
 * @param basis      the {@link EquipmentNeed} this recommends
 */
public record DischargeEquipment(String item, String discipline, String because, String source, Object basis)
        implements Derived {}
