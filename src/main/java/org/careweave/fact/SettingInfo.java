package org.careweave.fact;

/** Reference row from {@code rules/tables/settings.csv}: a care setting a case may name, and its label. */
public record SettingInfo(String setting, String label) {}
