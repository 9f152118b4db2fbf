package org.claimdesk.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimdesk.insight.MergePlan;
import org.claimdesk.insight.SearchType;
import org.junit.jupiter.api.Test;

/** Search, similar claims and merges speak English and German alike: the same texts, each a valid message. */
class SearchTranslationsTest {

    private static final List<String> PREFIXES = List.of("search.", "similar.", "claim.merge.", "claim.merged.",
            "review.merge.", "history.action.merged-as-duplicate", "history.action.duplicate-merged-in",
            "history.action.merge-undone");

    @Test
    void englishAndGermanHaveTheSameTexts() throws IOException {
        Properties english = load("translations.properties");
        Properties german = load("translations_de.properties");

        Set<String> keys = keys(english);
        for (SearchType type : SearchType.values()) {
            assertThat(keys).contains("search.type." + type.slug(), "search.types." + type.slug());
        }
        for (MergePlan.Why why : MergePlan.Why.values()) {
            assertThat(keys).contains("similar.merge.why." + why.name());
        }
        assertThat(keys).contains("search.range-reversed", "similar.merge.both-published-differ",
                "claim.merge.undo-later-first", "review.merge.published-duplicate", "history.action.merge-undone");
        assertThat(keys(german)).isEqualTo(keys);
        for (String key : keys) {
            for (Properties bundle : new Properties[] {english, german}) {
                String message = bundle.getProperty(key);
                assertThat(new MessageFormat(message, Locale.ROOT).format(new Object[] {"one", "two"}))
                        .as(key).isNotBlank().doesNotContain("{");
            }
        }
    }

    private static Set<String> keys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(key -> PREFIXES.stream().anyMatch(key::startsWith))
                .collect(Collectors.toSet());
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SearchTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
