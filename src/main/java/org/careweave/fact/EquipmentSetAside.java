package org.careweave.fact;

/**
 * Conclusion used inside the rules ({@code rules/discharge/equipment.drl}), never reported: a
 * {@code discharge-equipment.csv} row this patient's plan does not recommend from, because a finding of the row's area
 * is below the row's {@code minLevel} (a row without {@code maxLevel}: a walker for a patient who does not take part in
 * walking), because the patient dresses with one hand and the row's {@code unless} says {@code one-handed} (a sock
 * aid), or because the row goes with another item ({@code alongside}: a hand-held shower with a shower chair or tub
 * bench) that the patient neither has nor gets.
 * Concluded once per row and plan, so every rule that recommends equipment asks one indexed question.
 *
 * @param option the row set aside
 */
public record EquipmentSetAside(EquipmentOption option) {}
