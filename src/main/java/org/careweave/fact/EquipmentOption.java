package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/discharge-equipment.csv}: equipment ({@code item}, a home.equipment name)
 * that {@code discipline} recommends for a problem {@code area} when {@code when} (a condition category, precaution
 * kind or bathroom type; null: always) applies, and {@code because} (why, in words).
 */
public record EquipmentOption(String item, String discipline, String area, String when, String because,
        String source) {}
