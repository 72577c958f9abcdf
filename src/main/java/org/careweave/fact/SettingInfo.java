package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/settings.csv}: a care setting a case may name, its label, and who carries
 * out a maintenance programme while the patient is there.
 *
 * @param setting       the setting id, such as {@code skilled-nursing}
 * @param label         how the setting reads in a plan
 * @param maintenanceBy how a maintenance goal says the programme is carried out in the setting ("carried out at
 *                      home"), or null
 */
public record SettingInfo(String setting, String label, String maintenanceBy) {}
