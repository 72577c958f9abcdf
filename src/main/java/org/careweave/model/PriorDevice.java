package org.careweave.model;

/** A device the patient used before the current illness or injury (CMS GG0110), one fact per device. */
public record PriorDevice(String device) {}
