package org.claimdesk.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The dashboard speaks English and German alike: the same texts in both, each a valid message. */
class DashboardTranslationsTest {

    @Test
    void englishAndGermanHaveTheSameDashboardTexts() throws IOException {
        Properties english = load("translations.properties");
        Properties german = load("translations_de.properties");

        Set<String> keys = dashboardKeys(english);
        assertThat(keys).contains("dashboard.filter.range-reversed", "dashboard.agreement.help",
                "dashboard.time.basis", "dashboard.overdue.total", "dashboard.recheck.total");
        assertThat(dashboardKeys(german)).isEqualTo(keys);
        for (String key : keys) {
            for (Properties bundle : new Properties[] {english, german}) {
                String message = bundle.getProperty(key);
                assertThat(new MessageFormat(message, Locale.ROOT).format(new Object[] {2, 3}))
                        .as(key).isNotBlank().doesNotContain("{");
            }
        }
    }

    private static Set<String> dashboardKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(key -> key.startsWith("dashboard."))
                .collect(Collectors.toSet());
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DashboardTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
