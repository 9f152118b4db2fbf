package org.claimdesk.publishing.report.internal;

import java.io.OutputStream;
import java.util.Collection;
import java.util.Iterator;
import org.claimdesk.publishing.report.ReportScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as JSON, written token by token as the claims arrive, following
 * {@code docs/report-json-schema.json}: an object with the scope, {@code generatedAt}, {@code claimCount}
 * and the {@code claims} array. Values are machine-readable: codes, ISO dates and UTC instants.
 */
@Component
public class JsonReportWriter implements ReportWriter {

    private final JsonMapper json = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public void write(ReportHeader header, Iterator<ReportClaim> claims, OutputStream out) {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            writeScope(generator, header.scope());
            generator.writeStringProperty("generatedAt", header.generatedAt().toString());
            generator.writeNumberProperty("claimCount", header.claimCount());
            generator.writeArrayPropertyStart("claims");
            while (claims.hasNext()) {
                writeClaim(generator, claims.next());
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    private static void writeScope(JsonGenerator generator, ReportScope scope) {
        generator.writeObjectPropertyStart("scope");
        optional(generator, "articleId", scope.articleId() == null ? null : scope.articleId().toString());
        generator.writeStringProperty("dateBasis", scope.dateBasis().name());
        optional(generator, "from", scope.from() == null ? null : scope.from().toString());
        optional(generator, "to", scope.to() == null ? null : scope.to().toString());
        sortedStrings(generator, "tags", scope.tags());
        sortedStrings(generator, "ratings", scope.ratingCodes());
        sortedStrings(generator, "states", scope.states().stream().map(Enum::name).toList());
        generator.writeEndObject();
    }

    private static void writeClaim(JsonGenerator generator, ReportClaim claim) {
        generator.writeStartObject();
        generator.writeStringProperty("claimId", claim.claimId().toString());
        generator.writeStringProperty("statement", claim.statement());
        optional(generator, "claimant", claim.claimant());
        optional(generator, "claimDate", claim.claimDate() == null ? null : claim.claimDate().toString());
        generator.writeArrayPropertyStart("tags");
        for (String tag : claim.tags()) {
            generator.writeString(tag);
        }
        generator.writeEndArray();
        generator.writeStringProperty("state", claim.state().name());
        generator.writeArrayPropertyStart("appearances");
        for (ReportClaim.Appearance appearance : claim.appearances()) {
            generator.writeStartObject();
            generator.writeStringProperty("articleId", appearance.articleId().toString());
            generator.writeStringProperty("articleTitle", appearance.articleTitle());
            optional(generator, "articleUrl", appearance.articleUrl());
            generator.writeStringProperty("quote", appearance.quote());
            generator.writeEndObject();
        }
        generator.writeEndArray();
        writeVerdict(generator, claim.verdict());
        generator.writeArrayPropertyStart("sources");
        for (ReportClaim.Source source : claim.sources()) {
            generator.writeStartObject();
            generator.writeStringProperty("title", source.title());
            generator.writeStringProperty("url", source.url());
            optional(generator, "publisher", source.publisher());
            optional(generator, "publishedOn", source.publishedOn() == null ? null : source.publishedOn().toString());
            optional(generator, "accessedOn", source.accessedOn() == null ? null : source.accessedOn().toString());
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    private static void writeVerdict(JsonGenerator generator, ReportClaim.@Nullable Verdict verdict) {
        if (verdict == null) {
            generator.writeNullProperty("verdict");
            return;
        }
        generator.writeObjectPropertyStart("verdict");
        generator.writeBooleanProperty("published", verdict.published());
        generator.writeStringProperty("ratingCode", verdict.ratingCode());
        generator.writeStringProperty("ratingLabel", verdict.ratingLabel());
        if (verdict.ratingValue() == null) {
            generator.writeNullProperty("ratingValue");
        } else {
            generator.writeNumberProperty("ratingValue", verdict.ratingValue().intValue());
        }
        generator.writeStringProperty("ratingColour", verdict.ratingColour());
        generator.writeStringProperty("rationale", verdict.rationale());
        optional(generator, "approvedBy", verdict.approvedBy());
        optional(generator, "publishedAt", verdict.publishedAt() == null ? null : verdict.publishedAt().toString());
        generator.writeEndObject();
    }

    /** Optional values are always present, as null when missing, so every claim has the same shape. */
    private static void optional(JsonGenerator generator, String name, @Nullable String value) {
        if (value == null) {
            generator.writeNullProperty(name);
        } else {
            generator.writeStringProperty(name, value);
        }
    }

    private static void sortedStrings(JsonGenerator generator, String name, Collection<String> values) {
        generator.writeArrayPropertyStart(name);
        for (String value : values.stream().sorted().toList()) {
            generator.writeString(value);
        }
        generator.writeEndArray();
    }
}
