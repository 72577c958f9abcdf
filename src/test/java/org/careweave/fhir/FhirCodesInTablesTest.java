package org.careweave.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The FHIR and CDS Hooks code reads and writes standard codes only through the rules' tables
 * ({@code rules/tables/fhir-*.csv}): no string literal in {@code org.careweave.internal.fhir} or
 * {@code org.careweave.cds} has the shape of a LOINC, LOINC answer, SNOMED CT, CPT, HCPCS, NUCC taxonomy, ICD-10-CM,
 * place-of-service or CMS Section GG code. A code added in Java instead of a table row fails here with file:line.
 */
class FhirCodesInTablesTest {

    static final List<Path> PACKAGES = List.of(Path.of("src/main/java/org/careweave/internal/fhir"),
            Path.of("src/main/java/org/careweave/cds"));

    static final Map<String, Pattern> CODE_SHAPES = Map.of(
            "LOINC", Pattern.compile("[0-9]{1,7}-[0-9]"),
            "LOINC answer", Pattern.compile("LA[0-9]{3,6}-[0-9]"),
            "SNOMED CT", Pattern.compile("[0-9]{6,18}"),
            "CPT", Pattern.compile("[0-9]{4}[0-9FTU]"),
            "HCPCS", Pattern.compile("[A-V][0-9]{4}"),
            "NUCC taxonomy", Pattern.compile("[0-9]{3}[0-9A-Z]{6}X"),
            "ICD-10-CM", Pattern.compile("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?"),
            "two-digit (place of service, GG answer, NUBC status)", Pattern.compile("[0-9]{2}"));

    static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Every string literal with a code's shape, as file:line: shape "literal". */
    static List<String> codeLiterals(Path source) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(source);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                continue; // Javadoc and comments may cite a code as an example
            }
            Matcher m = LITERAL.matcher(lines.get(n));
            while (m.find()) {
                for (Map.Entry<String, Pattern> shape : CODE_SHAPES.entrySet()) {
                    if (shape.getValue().matcher(m.group(1)).matches()) {
                        out.add(source + ":" + (n + 1) + ": " + shape.getKey() + " \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        return out;
    }

    @Test
    void noStandardCodeIsALiteralInTheFhirOrCdsCode() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path dir : PACKAGES) {
            try (Stream<Path> sources = Files.walk(dir)) {
                for (Path f : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    found.addAll(codeLiterals(f));
                }
            }
        }
        assertTrue(files >= 8, "read the FHIR and CDS sources (" + files + ")");
        assertEquals(List.of(), found, "standard codes belong in rules/tables/fhir-*.csv");
    }

    @Test
    void theCheckFindsACodeLiteral(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("X.java");
        Files.writeString(f, """
                class X {
                    // "91251008" in a comment is fine
                    String a = map.code("91251008"), b = "83222-0";
                    String c = "E0247" + "97110" + "LA9983-3" + "Z96.641" + "225100000X" + "11";
                }
                """);
        List<String> got = codeLiterals(f).stream().map(s -> s.substring(s.indexOf(":") + 1)).toList();
        assertEquals(List.of("3: SNOMED CT \"91251008\"", "3: LOINC \"83222-0\"", "4: HCPCS \"E0247\"",
                "4: CPT \"97110\"", "4: LOINC answer \"LA9983-3\"", "4: ICD-10-CM \"Z96.641\"",
                "4: NUCC taxonomy \"225100000X\"", "4: two-digit (place of service, GG answer, NUBC status) \"11\""),
                got.stream().sorted(java.util.Comparator.comparing((String s) -> s.substring(0, 1))).toList());
    }
}
