package org.careweave.internal.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careweave.fhir.FhirCaseReader;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.io.ByteOrderMark;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;

/**
 * FHIR for the command line, with no HAPI type in any signature: the CLI calls these only when FHIR was asked for,
 * so planning careweave JSON never loads a FHIR class (HAPI's context costs about a second to build).
 */
public final class FhirIo {

    private FhirIo() {}

    /**
     * Reads a FHIR R4 Bundle file into a case, with the mappings of {@code rules}.
     *
     * @throws org.careweave.FhirInputException naming each resource and FHIRPath that cannot be mapped
     * @throws org.careweave.RuleBuildException when a {@code tables/fhir-*.csv} table is malformed
     * @throws IOException when the file cannot be read
     */
    public static Case readCase(Path bundle, RuleSource rules) throws IOException {
        return BundleReader.read(text(bundle), FhirMapping.of(rules), null, null);
    }

    /**
     * A bundle file's text: strict UTF-8, as FHIR JSON must be; other bytes are bad input at {@code Bundle}, as
     * the JSON reader says of a case ("not UTF-8 text"), not the decoder's {@code Input length = 1}. At most
     * {@link FhirCaseReader#MAX_BUNDLE_BYTES} are read: a longer file is refused without being read whole. A leading
     * byte order mark is dropped ({@link ByteOrderMark}).
     *
     * @throws org.careweave.FhirInputException when the file is not UTF-8 or is too large
     * @throws IOException when the file cannot be read
     */
    public static String text(Path bundle) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(bundle)) {
            bytes = in.readNBytes(FhirCaseReader.MAX_BUNDLE_BYTES + 1);
        }
        if (bytes.length > FhirCaseReader.MAX_BUNDLE_BYTES) {
            throw BundleReader.tooLarge(org.careweave.internal.io.JsonInput.longString(bytes, bytes.length,
                    BundleReader.LONG_STRING));
        }
        try {
            return ByteOrderMark.strip(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new org.careweave.FhirInputException(List.of(
                    new org.careweave.FhirProblem("Bundle", "Bundle", "Bundle", "not UTF-8 text")));
        }
    }

    /** The plan as a FHIR R4 Bundle in JSON (see {@link BundleWriter}). */
    public static String writePlan(Case c, CarePlan plan, RuleSource rules) {
        return BundleWriter.json(c, plan, FhirMapping.of(rules));
    }
}
