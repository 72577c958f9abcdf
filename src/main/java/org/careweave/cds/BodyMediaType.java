package org.careweave.cds;

import java.util.Locale;

/**
 * Whether a hook call's body is in a format the service reads, from its {@code Content-Type} and
 * {@code Content-Encoding} headers, before any of the body is read. CDS Hooks 2.0 ("Calling a CDS Service") has the
 * client POST JSON with {@code Content-Type: application/json}; a body sent as {@code text/plain}, a form, or with
 * no type at all was read as JSON anyway, so a client that mislabels its request only learned of it when some other
 * client or proxy honoured the label. Refused with 415 (RFC 9110 §15.5.16: content in a format this method on this
 * resource does not take):
 * <ul>
 * <li>no {@code Content-Type}, or a media type other than {@code application/json} or an {@code application/*+json}
 *     type ({@code application/fhir+json}), parameters aside;</li>
 * <li>a {@code charset} parameter other than UTF-8: JSON exchanged between systems is UTF-8 (RFC 8259 §8.1), and a
 *     body in another charset would be misread;</li>
 * <li>a {@code Content-Encoding} other than {@code identity}: the server does not decompress (RFC 9110 §15.5.16
 *     names an unsupported content coding as a 415).</li>
 * </ul>
 * The caller's header value is never said back.
 */
final class BodyMediaType {

    private BodyMediaType() {}

    /**
     * Why a body with these headers is refused, or null when it is JSON the service reads.
     *
     * @param contentType     the request's {@code Content-Type}, or null when it has none
     * @param contentEncoding the request's {@code Content-Encoding}, or null when it has none
     * @return the 415's diagnostics (fixed words), or null
     */
    static String refusal(String contentType, String contentEncoding) {
        if (contentEncoding != null && !contentEncoding.isBlank()
                && !contentEncoding.strip().equalsIgnoreCase("identity")) {
            return "the request body must not be compressed (Content-Encoding is not supported); send it as plain "
                    + "application/json";
        }
        if (contentType == null || contentType.isBlank()) {
            return "the request has no Content-Type; a CDS Hooks call is JSON: send Content-Type: application/json";
        }
        String[] parts = contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        boolean json = type.equals("application/json") || type.startsWith("application/")
                && type.endsWith("+json") && type.indexOf('/') == type.lastIndexOf('/');
        if (!json) {
            return "the request body must be JSON: send Content-Type: application/json (a CDS Hooks call is JSON)";
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String charset = p.substring(eq + 1).strip().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    return "the request body must be UTF-8 JSON: send Content-Type: application/json (with no "
                            + "charset, or charset=utf-8)";
                }
            }
        }
        return null;
    }
}
