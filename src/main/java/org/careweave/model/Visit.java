package org.careweave.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One date of delivered therapy and what each discipline did that day.
 *
 * @param date     the date of service
 * @param services the services delivered that day; never null
 */
public record Visit(LocalDate date, List<Service> services) {

    /**
     * Copies the services (null becomes empty).
     *
     * @param date     the date of service
     * @param services the services (null: none)
     */
    public Visit {
        services = List.copyOf(services == null ? List.of() : services);
    }
}
