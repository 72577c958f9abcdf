package org.careweave.model;

import java.time.LocalDate;
import java.util.List;

/** One date of delivered therapy and what each discipline did that day. */
public record Visit(LocalDate date, List<Service> services) {

    public Visit {
        services = List.copyOf(services == null ? List.of() : services);
    }
}
