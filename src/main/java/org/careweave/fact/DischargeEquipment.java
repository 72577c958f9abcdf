package org.careweave.fact;

/** Conclusion: equipment to obtain before discharge ({@code item}), recommended by {@code discipline}, and why. */
public record DischargeEquipment(String item, String discipline, String because, String source) {}
