package org.careweave.fact;

/**
 * Something a clinician or biller must see. {@code kind} is one of the contract's alert kinds; {@code severity}
 * is info, warning or error. {@code ref} ties the alert to a date or service where it has one (may be null).
 */
public record Alert(String kind, String severity, String ref, String message) {}
