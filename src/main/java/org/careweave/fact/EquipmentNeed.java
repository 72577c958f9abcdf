package org.careweave.fact;

/**
 * Conclusion: a problem {@code discipline} leads in {@code area} calls for {@code item}, and why; before checking
 * whether the patient has it or another item does its work (a {@link DischargeEquipment} is what is left).
 *
 * @param item       the equipment (a home.equipment name)
 * @param discipline the discipline that leads the problem
 * @param area       the problem's area
 * @param because    why, in words
 * @param source     the table row's or rule's source
 */
public record EquipmentNeed(String item, String discipline, String area, String because, String source) {}
