package org.careweave.fact;

/**
 * Conclusion used inside the rules ({@code rules/discharge/equipment.drl}), never reported: a
 * {@code discharge-equipment.csv} row without a {@code maxLevel} names this item for this discipline for a reason that
 * holds in this plan (its condition, precaution, bathroom or one-handed dressing, or, with no {@code when}, any problem
 * the discipline leads in the row's area). A functional-need row of the same item and discipline then steps aside, so
 * the item is recommended once, for that reason. Concluded once per item and plan, so the two functional-need rules
 * ask one indexed question instead of five {@code not ( A and B and C )} each.
 *
 * @param item       the row's item ({@code home.equipment} name)
 * @param discipline the row's discipline ({@code OT} or {@code PT})
 */
public record EquipmentReasonApplies(String item, String discipline) {}
