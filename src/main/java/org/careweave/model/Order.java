package org.careweave.model;

import java.time.LocalDate;

/** A referral or order for one discipline. */
public record Order(String discipline, LocalDate date) {}
