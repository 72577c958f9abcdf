package org.careweave.model;

import java.time.LocalDate;

/**
 * A referral or order for one discipline.
 *
 * @param discipline {@code pt} or {@code ot}
 * @param date       the date of the order (may be null)
 */
public record Order(String discipline, LocalDate date) {}
