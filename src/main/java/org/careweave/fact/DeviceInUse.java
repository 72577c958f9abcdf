package org.careweave.fact;

/**
 * A device the patient uses now, so that the plan may train its use (tables/condition-interventions.csv
 * needsDevice) and leaves out the care meant for its absence (withoutDevice): concluded by rules/plan/devices.drl
 * from the case's GG0110 prior devices and from what the case's visits show (prosthetic training delivered after an
 * amputation: a prosthesis is being fitted, though no prior device records it).
 *
 * @param device  a value of vocabulary.csv's {@code prior-device} list ({@code orthosis-prosthesis})
 * @param because why the plan takes the patient to use it, in words
 */
public record DeviceInUse(String device, String because) {}
