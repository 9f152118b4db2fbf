package org.claimdesk.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every refusal of the discussion can be told in both languages, and the two files name the same texts. */
class CommentTranslationsTest {

    private static final Set<String> REFUSALS = Set.of("comment.body.empty", "comment.body.too-long",
            "comment.claim.unknown", "comment.parent.unknown", "comment.parent.deleted", "comment.unknown",
            "comment.edit.deleted", "comment.edit.not-author", "comment.edit.window-closed",
            "comment.changed-meanwhile", "comment.delete.already-deleted", "comment.delete.not-allowed");

    @Test
    void englishAndGermanHaveTheSameCommentTextsIncludingEveryRefusal() throws IOException {
        Set<String> english = commentKeys("translations.properties");
        Set<String> german = commentKeys("translations_de.properties");

        assertThat(english).containsAll(REFUSALS).contains("comment.tab");
        assertThat(german).isEqualTo(english);
    }

    private static Set<String> commentKeys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CommentTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().filter(key -> key.startsWith("comment."))
                .collect(Collectors.toSet());
    }
}
