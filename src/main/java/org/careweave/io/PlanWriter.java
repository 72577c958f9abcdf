package org.careweave.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Writer;
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
        LineBuffer out = LINE.get();
        out.text.setLength(0);
        try {
            MAPPER.writeValue(out, plan);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write plan", e);
        }
        String line = out.text.toString();
        if (out.text.capacity() > MAX_KEPT_CHARS) {
            LINE.remove(); // a huge plan's buffer is not kept for the thread's next plan
        }
        return line;
    }

    /**
     * Each thread writes its lines into one buffer it keeps, so a line costs its String and little else: Jackson's
     * own string writer kept UTF-16 segments and joined them into one char[] before the String, ~2.5 times the
     * line in garbage (src/bench/RESULTS.md, "Java side of a plan"). The same generator, so the same text.
     */
    private static final ThreadLocal<LineBuffer> LINE = ThreadLocal.withInitial(LineBuffer::new);

    /** Largest buffer a thread keeps between lines (a plan with hundreds of claim lines may be larger). */
    private static final int MAX_KEPT_CHARS = 1 << 18;

    /** A Writer into a StringBuilder: one thread's, so without StringWriter's synchronized StringBuffer. */
    private static final class LineBuffer extends Writer {
        final StringBuilder text = new StringBuilder(8192);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
            // nothing buffered here
        }

        @Override
        public void close() {
            // kept for the thread's next line
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
