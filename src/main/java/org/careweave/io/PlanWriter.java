package org.careweave.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.careweave.plan.CarePlan;

/**
 * Writes a plan as JSON: stable field order, ISO dates, "\n" line ends, so equal plans are equal bytes. The JSON
 * Schema of the plan is in the jar at {@code org/careweave/schema/plan.schema.json}; units are minutes for
 * schedule and service time, units of service and dollars on claim lines, GG levels 1-6 for goals.
 */
public final class PlanWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private PlanWriter() {}

    /**
     * Pretty JSON, for people and files.
     *
     * @param plan the plan
     * @return the plan as indented JSON with a trailing newline
     */
    public static String json(CarePlan plan) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(plan) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write plan", e);
        }
    }

    /**
     * One line of JSON, for NDJSON batches.
     *
     * @param plan the plan
     * @return the plan as JSON on one line, without a newline
     */
    public static String jsonLine(CarePlan plan) {
        try {
            return MAPPER.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write plan", e);
        }
    }

    /**
     * The mapper, for tools that read plans back (scenario tests). Shared: do not reconfigure it.
     *
     * @return the Jackson mapper plans are written with
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
