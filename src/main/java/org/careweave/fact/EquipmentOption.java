package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/discharge-equipment.csv}: equipment ({@code item}, a home.equipment name)
 * that {@code discipline} recommends for a problem {@code area} when {@code when} (a condition category, precaution
 * kind or bathroom type; null: always) applies, and {@code because} (why, in words). {@code maxLevel}, when set,
 * makes the row a functional-need row: it applies only while the area's Section GG level is at or below it (null:
 * any problem the discipline leads in the area); {@code minLevel}, on such a row, the lowest Section GG level it applies
 * at (null: no lower bound).
 */
public record EquipmentOption(String item, String discipline, String area, String when, Integer maxLevel,
        Integer minLevel, String because, String source) {}
