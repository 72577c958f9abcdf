package org.careweave.internal.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.careweave.FhirProblem;

/**
 * Where a bundle that HAPI's strict parser refused goes wrong: each entry's resource is parsed again on its own,
 * with a handler that collects what the strict one would have thrown on, and each finding is placed in the JSON
 * (the element with that name, and for a bad value the element holding it), so the problem names the resource, its
 * bundle entry and a FHIRPath ({@code Patient/p1 (Bundle.entry[1]): Patient.birthDate: invalid value}). The
 * offending value is used to find the element and never repeated; element names are shown only when they look
 * like element names: R4's or a misspelling of one ({@link ElementNames}).
 */
final class ParseProblems {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ELEMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private ParseProblems() {}

    /** One thing the parser did not accept: the element's name, the raw value (to find it, never to show) and what. */
    private record Finding(String element, String value, String what) {}

    /** Collects instead of throwing. */
    private static final class Collector extends ErrorHandlerAdapter {
        final List<Finding> findings = new ArrayList<>();

        @Override
        public void unknownElement(IParseLocation at, String name) {
            findings.add(new Finding(name, null, "unknown element" + named(name)));
        }

        @Override
        public void unknownAttribute(IParseLocation at, String name) {
            findings.add(new Finding(name, null, "unknown attribute" + named(name)));
        }

        @Override
        public void invalidValue(IParseLocation at, String value, String error) {
            findings.add(new Finding(at == null ? null : at.getParentElementName(), value,
                    "invalid value for its type (FHIR R4 data types: dates YYYY-MM-DD, codes without spaces, ...)"));
        }

        @Override
        public void incorrectJsonType(IParseLocation at, String element, BaseJsonLikeValue.ValueType expected,
                BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
                BaseJsonLikeValue.ScalarType foundScalar) {
            findings.add(new Finding(element, null, "wrong JSON type: expected " + describe(expected, expectedScalar)
                    + ", found " + describe(found, foundScalar)));
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation at, String name) {
            findings.add(new Finding(name, null, "repeats, but FHIR R4 allows one"));
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation at) {
            findings.add(new Finding("extension", null, "an extension has either a value or nested extensions"));
        }
    }

    private static String named(String name) {
        return name != null && ELEMENT_NAME.matcher(name).matches() && ElementNames.shown(name) ? " '" + name + "'"
                : "";
    }

    private static String describe(BaseJsonLikeValue.ValueType type, BaseJsonLikeValue.ScalarType scalar) {
        String t = type == null ? "?" : type.name().toLowerCase(java.util.Locale.ROOT);
        return scalar == null ? t : scalar.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The located problems of bundle JSON the strict parser refused; empty when none could be located (the caller
     * then reports the parser's own message).
     */
    static List<FhirProblem> locate(String json) {
        return locate(json, "Bundle");
    }

    /**
     * As {@link #locate(String)} for a document named {@code document}: {@code "Bundle"} is a bundle careweave reads
     * as a case (it must be one; entries are {@code Bundle.entry[i]}); any other name, such as a CDS Hooks prefetch
     * key, may hold a single resource or a Bundle, whose entries are then {@code document.entry[i]}.
     */
    static List<FhirProblem> locate(String json, String document) {
        boolean caseBundle = document.equals("Bundle");
        JsonNode root;
        try {
            // one JSON value, said in careweave's words ("more after the first JSON value" for two bundles in a
            // file), where HAPI's message would quote Jackson's
            root = org.careweave.internal.io.JsonInput.readOne(JSON, json);
        } catch (org.careweave.InputException e) {
            return List.of(new FhirProblem(document, document, document,
                    org.careweave.internal.io.JsonInput.description(e)));
        }
        boolean isBundle = root instanceof ObjectNode o && "Bundle".equals(o.path("resourceType").asText(null));
        if (caseBundle && !isBundle) {
            return List.of(new FhirProblem("Bundle", "Bundle", "Bundle.resourceType", "the document must be a "
                    + "FHIR R4 Bundle (resourceType Bundle)"));
        }
        if (!(root instanceof ObjectNode bundle)) {
            return List.of(new FhirProblem(document, document, document, "must be a FHIR resource (a JSON object)"));
        }
        List<FhirProblem> out = new ArrayList<>();
        if (!isBundle) {
            resource(bundle, document, document, document, out);
            return out;
        }
        // the bundle's own elements and the entries' (fullUrl, request, ...), without the resources
        ObjectNode shell = bundle.deepCopy();
        if (shell.get("entry") instanceof ArrayNode entries) {
            entries.forEach(e -> {
                if (e instanceof ObjectNode o) {
                    o.remove("resource");
                }
            });
        }
        for (Finding f : findings(shell)) {
            out.add(new FhirProblem("Bundle", document, place("Bundle", shell, f), what(shell, f)));
        }
        if (bundle.get("entry") instanceof ArrayNode entries) {
            for (int i = 0; i < entries.size(); i++) {
                String entry = (caseBundle ? "Bundle" : document) + ".entry[" + i + "]";
                JsonNode value = entries.get(i).get("resource");
                if (value instanceof ObjectNode resource) {
                    resource(resource, entry, entry + ".resource", "entry " + i, out);
                } else if (value != null) {
                    // null, a string, a list...: HAPI's message for it names its own internals; said here by its
                    // JSON type, never its value
                    out.add(new FhirProblem("entry " + i, entry, entry + ".resource", "must be a FHIR resource (a "
                            + "JSON object), not " + jsonType(value) + "; leave out an entry that has no resource"));
                }
            }
        }
        return out;
    }

    /** A JSON value's type in words ("null", "a string"), to say what was given instead without repeating it. */
    private static String jsonType(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true or false";
        }
        return value.isArray() ? "a list (JSON array)" : "another JSON value";
    }

    /**
     * The problems of one resource, at {@code entry}; {@code self} is the path of the resource itself (the entry's
     * {@code .resource}, or the document when it is the resource); {@code unnamed} labels it when its type is unknown.
     */
    private static void resource(ObjectNode resource, String entry, String self, String unnamed,
            List<FhirProblem> out) {
        String type = resource.path("resourceType").asText("");
        if (!Fhir.context().getResourceTypes().contains(type)) {
            out.add(new FhirProblem(unnamed, entry, self + ".resourceType", "not a FHIR R4 resource type"));
            return;
        }
        String id = resource.path("id").asText("");
        String label = FHIR_ID.matcher(id).matches() && !"Patient".equals(type) ? type + "/" + id : type;
        for (Finding f : findings(resource)) {
            out.add(new FhirProblem(label, entry, place(type, resource, f), what(resource, f)));
        }
    }

    /**
     * What a finding says, a wrong JSON type naming the type the JSON holds: HAPI reports a number where an object
     * belongs as a string (trial42 #9: "expected object, found string" for {@code "valueCodeableConcept": 5}).
     */
    private static String what(JsonNode resource, Finding f) {
        String what = f.what();
        int found = what.lastIndexOf(", found ");
        if (!what.startsWith("wrong JSON type") || found < 0 || f.element() == null) {
            return what;
        }
        String said = what.substring(found + ", found ".length());
        JsonNode node = named(resource, f.element());
        // only a scalar for a scalar: the first value of that name may be another element's, of another shape
        if (node == null || !node.isValueNode() || node.isNull()
                || !java.util.Set.of("string", "number", "boolean").contains(said)) {
            return what;
        }
        return what.substring(0, found) + ", found " + jsonWord(node);
    }

    /** The first value held under {@code name}, in the order {@link #find} walks the JSON; null when none is. */
    private static JsonNode named(JsonNode node, String name) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if (e.getKey().equals(name)) {
                    return e.getValue();
                }
                JsonNode inner = named(e.getValue(), name);
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (JsonNode n : a) {
                JsonNode inner = named(n, name);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** A JSON value's type as the wrong-type message names types: object, array, string, number, boolean, null. */
    private static String jsonWord(JsonNode value) {
        if (value.isObject()) {
            return "object";
        }
        if (value.isArray()) {
            return "array";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return value.isNull() ? "null" : "string";
    }

    /** What a lenient parse with the collecting handler finds in one resource (or the bundle shell). */
    private static List<Finding> findings(ObjectNode resource) {
        Collector collector = new Collector();
        IParser parser = Fhir.context().newJsonParser().setParserErrorHandler(collector);
        try {
            parser.parseResource(resource.toString());
        } catch (DataFormatException | IllegalArgumentException | ClassCastException | NullPointerException e) {
            if (collector.findings.isEmpty()) {
                collector.findings.add(new Finding(null, null, "HAPI FHIR cannot parse this resource"));
            }
        }
        return collector.findings;
    }

    /**
     * The FHIRPath of a finding: the first element of that name (holding that value, for a bad value), as
     * {@code Type.a.b[2].c}; the resource type alone when the element cannot be found.
     */
    private static String place(String type, JsonNode resource, Finding f) {
        if (f.element() == null) {
            return type;
        }
        String found = find(resource, f, type);
        if (found == null && f.what().startsWith("repeats")) {
            // trial42 #7: a choice element given as two types (valueCodeableConcept and valueInteger) is reported
            // under its choice name, which no JSON key is: named as FHIR names it, value[x]
            found = choice(resource, f.element(), type);
        }
        return found != null ? found : type;
    }

    /**
     * The first object holding one choice element under two types ({@code valueCodeableConcept} and
     * {@code valueInteger}), as {@code Type.path.value[x]}; {@code element}, when given, is the choice's name. Null
     * when there is none.
     */
    private static String choice(JsonNode node, String element, String path) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    String prefix = choicePrefix(names.get(i), names.get(j));
                    if (prefix != null && (element == null || element.equals(prefix))
                            && ELEMENT_NAME.matcher(prefix).matches() && ElementNames.shown(prefix)) {
                        return path + "." + prefix + "[x]";
                    }
                }
            }
            for (String name : names) {
                if (!ELEMENT_NAME.matcher(name).matches() || !ElementNames.shown(name)) {
                    continue;
                }
                String inner = choice(o.get(name), element, path + "." + name);
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                String inner = choice(a.get(i), element, path + "[" + i + "]");
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** {@code value} for {@code valueCodeableConcept} and {@code valueInteger}: a shared name, each then a type. */
    private static String choicePrefix(String a, String b) {
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        for (int i = Math.min(common, Math.min(a.length() - 1, b.length() - 1)); i > 0; i--) {
            if (Character.isUpperCase(a.charAt(i)) && Character.isUpperCase(b.charAt(i))
                    && Character.isLowerCase(a.charAt(0))) {
                return a.substring(0, i);
            }
        }
        return null;
    }

    private static String find(JsonNode node, Finding f, String path) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                String name = e.getKey();
                // FHIR JSON puts a primitive's id and extensions under "_name"
                String element = name.startsWith("_") ? name.substring(1) : name;
                if (!ELEMENT_NAME.matcher(element).matches() || !ElementNames.shown(name)) {
                    if (name.equals(f.element())) {
                        return path; // an unknown element whose name is not shown: the parent locates it
                    }
                    continue;
                }
                if (name.equals(f.element()) && holds(e.getValue(), f.value())) {
                    return path + "." + element;
                }
                String inner = find(e.getValue(), f, path + "." + element);
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                String inner = find(a.get(i), f, path + "[" + i + "]");
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** Whether an element's JSON holds the bad value (any value when none is given). */
    private static boolean holds(JsonNode node, String value) {
        if (value == null) {
            return true;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                if (holds(n, value)) {
                    return true;
                }
            }
            return false;
        }
        return node.isValueNode() && value.equals(node.asText());
    }
}
