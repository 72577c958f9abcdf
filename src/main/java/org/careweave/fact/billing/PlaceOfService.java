package org.careweave.fact.billing;

/** Reference row from {@code rules/tables/places-of-service.csv}: the CMS two-digit place of service of a setting. */
public record PlaceOfService(String setting, String placeOfService, String source) {}
