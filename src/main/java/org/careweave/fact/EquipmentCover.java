package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/equipment-covers.csv}: {@code item} (a home.equipment name or a
 * GG0110 prior device) does the work of {@code covers}, so a patient who has or gets {@code item} is not
 * recommended {@code covers} as well.
 *
 * @param item     the covering equipment or prior device
 * @param covers   the equipment it makes unnecessary (a home.equipment name)
 * @param bathroom only in a home with this bathroom (contract home.bathroom); null: any home
 * @param because  what the covering item does instead, in words a therapist reads on the plan
 * @param source   the reference
 */
public record EquipmentCover(String item, String covers, String bathroom, String because, String source) {}
