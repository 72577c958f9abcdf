package org.careweave.model;

import java.time.LocalDate;

/** Who the case is about. The id never reaches the rules or the logs; only the age in years does. */
public record Patient(String id, LocalDate birthDate) {}
