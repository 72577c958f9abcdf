package org.careweave.model;

/**
 * A device the patient used before the current illness or injury (CMS GG0110), one fact per device.
 *
 * @param device the device, e.g. {@code walker}
 */
public record PriorDevice(String device) {}
