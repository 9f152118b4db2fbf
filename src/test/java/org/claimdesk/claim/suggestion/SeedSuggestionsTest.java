package org.claimdesk.claim.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suggester on the real seed article, raw as imported and cleaned as the lead stores it. The
 * suggestions are printed so that a reviewer can judge them.
 */
class SeedSuggestionsTest {

    private static final Path SEED = Path.of("src", "main", "resources", "demo", "dw-lavrov-kim-2018-05-31.txt");

    private static final List<String> EXPECTED = List.of(
            "originally scheduled for June 12 in Singapore",
            "has already met twice with China's President Xi Jinping and South Korean President Moon Jae-in",
            "Kim Yong Chol is in New York",
            "Russia, which shares a border with North Korea");

    private static final List<String> FURNITURE = List.of("Skip to", "Skip next section", "This browser does not support",
            "Image:", "00:46", "Every evening at 1830 UTC", "ap/rt", "DW's Top Story", "More stories from DW");

    /** The lines another engineer's cleaner removes; the cleaned text keeps titles, captions and headings. */
    private static final List<String> FURNITURE_LINES = List.of("Skip to", "Skip next section", "Image:", "00:46",
            "This browser does not support", "ap/rt", "Every evening at 1830 UTC", "DW's Top Story",
            "More stories from DW", "Lavrov meets Kim in Pyongyang", "Politics");

    private static String raw;
    private final CheckWorthinessSuggester suggester = new CheckWorthinessSuggester(Locale.ENGLISH);

    @BeforeAll
    static void readSeed() throws IOException {
        raw = Files.readString(SEED, StandardCharsets.UTF_8);
    }

    @Test
    void suggestsTheClaimsOfTheRawSeed() {
        check("raw", raw);
    }

    @Test
    void suggestsTheClaimsOfTheCleanedSeed() {
        String cleaned = raw.lines()
                .filter(line -> FURNITURE_LINES.stream().noneMatch(withoutListNumber(line)::startsWith))
                .collect(Collectors.joining("\n"))
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
        assertThat(cleaned).doesNotContain("Skip to").contains("Russia's role:");

        check("cleaned", cleaned);
    }

    private static String withoutListNumber(String line) {
        return line.strip().replaceFirst("^\\d+\\.\\s*", "");
    }

    private void check(String label, String text) {
        List<Suggestion> suggestions = suggester.suggest(text);
        print(label, suggestions);

        for (String expected : EXPECTED) {
            assertThat(suggestions).as("a suggestion containing \"%s\"", expected)
                    .anySatisfy(suggestion -> assertThat(suggestion.sentence()).contains(expected));
        }
        for (Suggestion suggestion : suggestions) {
            assertThat(text.substring(suggestion.start(), suggestion.end())).isEqualTo(suggestion.sentence());
            assertThat(suggestion.sentence()).doesNotStartWith(" ").doesNotEndWith(" ");
            for (String furniture : FURNITURE) {
                assertThat(suggestion.sentence()).doesNotContain(furniture);
            }
        }
        assertThat(suggestions).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    }

    private static void print(String label, List<Suggestion> suggestions) {
        System.out.println("--- suggestions for the " + label + " seed (" + suggestions.size() + ") ---");
        for (Suggestion suggestion : suggestions) {
            System.out.printf(Locale.ROOT, "%.3f %-60s [%d,%d) %s%n", suggestion.score(), suggestion.reasons(),
                    suggestion.start(), suggestion.end(), suggestion.sentence());
        }
    }
}
