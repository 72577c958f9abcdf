package org.careweave.fact.billing;

import java.time.LocalDate;

/** A date whose whole claim is held (not billed) until a problem with one of its services is fixed. */
public record DateHeld(LocalDate date, String ref, String because) {}
