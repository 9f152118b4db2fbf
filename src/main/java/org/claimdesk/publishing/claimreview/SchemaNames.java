package org.claimdesk.publishing.claimreview;

import java.util.Locale;
import java.util.regex.Pattern;

/** schema.org term names as JSON-LD writes them: "ClaimReview", "schema:ClaimReview" or a full IRI. */
final class SchemaNames {

    private static final Pattern SCHEMA_PREFIX = Pattern.compile("^(?:https?://(?:www\\.)?schema\\.org/|schema:)",
            Pattern.CASE_INSENSITIVE);

    private SchemaNames() {
    }

    /** The term's own name, e.g. "ClaimReview" for "http://schema.org/ClaimReview". */
    static String localName(String term) {
        return SCHEMA_PREFIX.matcher(term.strip()).replaceFirst("");
    }

    /** Whether a JSON-LD {@code @context} value names schema.org, as "https://schema.org" or similar. */
    static boolean isSchemaOrgContext(String context) {
        return context.strip().toLowerCase(Locale.ROOT).matches("https?://(?:www\\.)?schema\\.org/?");
    }
}
