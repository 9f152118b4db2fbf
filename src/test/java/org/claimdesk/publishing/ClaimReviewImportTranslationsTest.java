package org.claimdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.claimdesk.publishing.ClaimReviewImportReport.Outcome;
import org.claimdesk.publishing.claimreview.ClaimReviewImportException.Reason;
import org.claimdesk.publishing.claimreview.VerdictMatch.Basis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Everything the import, the label mapping and the external review say can be said in English and German. */
class ClaimReviewImportTranslationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"translations.properties", "translations_de.properties"})
    void everyTextOfTheImportIsInTheBundle(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>(List.of("nav.claimreview-import", "claimreview-import.title",
                "claimreview-import.summary", "claimreview-import.verdict", "claimreview-import.not-mapped",
                "claimreview-import.upload.rejected", "publishing.claimreview.import.none",
                "publishing.claimreview.import.item", "publishing.claimreview.import.item.no-claim",
                "publishing.claimreview.import.item.no-address", "publishing.claimreview.import.item.not-stored",
                "publishing.label-mapping.label-empty", "publishing.label-mapping.label-too-long",
                "publishing.label-mapping.site-invalid", "publishing.label-mapping.rating-unknown",
                "label-mapping.saved", "external-review.title", "external-review.not-mapped",
                "history.subject.external-review", "history.action.imported", "history.action.remapped",
                "api.unsupported-media-type"));
        Arrays.stream(Reason.values()).map(Reason::messageKey).forEach(keys::add);
        Arrays.stream(Outcome.values()).map(outcome -> "claimreview-import.outcome." + kebab(outcome)).forEach(keys::add);
        Arrays.stream(Basis.values()).map(basis -> "external-review.basis." + kebab(basis)).forEach(keys::add);

        assertThat(keys).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }

    private static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
