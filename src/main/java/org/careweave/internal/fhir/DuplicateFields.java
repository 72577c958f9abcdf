package org.careweave.internal.fhir;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.careweave.FhirProblem;
import org.careweave.InputException;
import org.careweave.internal.io.JsonInput;

/**
 * A field given twice in one JSON object of a bundle. HAPI's parser keeps the later value without a word, so
 * {@code "birthDate"} given twice would plan with whichever came last; the JSON case reader refuses the same
 * ({@code /patient/id: malformed JSON at line 1, column 62: a field given twice in one object}) and so does this,
 * placed by resource, entry and FHIRPath like the parser's other problems, never quoting either value.
 */
final class DuplicateFields {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    /** Reads the bundle whatever its duplicates, only to name the resource the duplicate is in. */
    private static final ObjectMapper LENIENT = new ObjectMapper();
    private static final Pattern ELEMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private DuplicateFields() {}

    /**
     * The first field given twice in one object, or null when there is none. Malformed JSON is also null: the
     * parser that reads the bundle next reports it in its own words.
     */
    static FhirProblem first(String json) {
        String pointer;
        String what;
        try (JsonParser parser = STRICT.createParser(json)) {
            while (parser.nextToken() != null) {
                // only the tokens: a duplicate is found as its name is read
            }
            return null;
        } catch (JsonProcessingException e) {
            pointer = JsonInput.duplicateField(e);
            if (pointer == null) {
                return null;
            }
            what = JsonInput.describe(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String cannot fail to be read
        }
        return place(json, JsonPointer.compile(pointer), what);
    }

    /** {@code Patient/p1 (Bundle.entry[1]): Patient.birthDate} for {@code /entry/1/resource/birthDate}. */
    private static FhirProblem place(String json, JsonPointer at, String what) {
        JsonPointer index = at.tail();
        JsonPointer resource = index == null ? null : index.tail();
        JsonPointer inResource = resource == null ? null : resource.tail();
        if (!"entry".equals(at.getMatchingProperty()) || index.getMatchingIndex() < 0 || resource == null
                || !"resource".equals(resource.getMatchingProperty()) || inResource.matches()) {
            return new FhirProblem("Bundle", "Bundle", path("Bundle", at), what); // the bundle's own elements
        }
        int i = index.getMatchingIndex();
        JsonNode r;
        try {
            r = JsonInput.readOne(LENIENT, json).path("entry").path(i).path("resource");
        } catch (InputException e) {
            r = LENIENT.missingNode(); // malformed after the duplicate: the resource goes unnamed
        }
        String type = r.path("resourceType").asText("");
        String id = r.path("id").asText("");
        boolean typed = Fhir.context().getResourceTypes().contains(type); // any other text may be personal
        String label = !typed ? "entry " + i : FHIR_ID.matcher(id).matches() && !"Patient".equals(type) ? type + "/" + id : type;
        return new FhirProblem(label, "Bundle.entry[" + i + "]", path(typed ? type : "Resource", inResource), what);
    }

    /**
     * The FHIRPath of a pointer inside a resource: names as elements ({@code _birthDate}, a primitive's extension,
     * as {@code birthDate}), indexes in brackets; a name that does not look like an element name is not shown,
     * its parent locates it.
     */
    private static String path(String root, JsonPointer at) {
        StringBuilder path = new StringBuilder(root);
        for (JsonPointer p = at; p != null && !p.matches(); p = p.tail()) {
            String name = p.getMatchingProperty();
            if (p.getMatchingIndex() >= 0) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                String element = name.startsWith("_") ? name.substring(1) : name;
                if (!ELEMENT_NAME.matcher(element).matches() || !ElementNames.shown(name)) {
                    break;
                }
                path.append('.').append(element);
            }
        }
        return path.toString();
    }
}
