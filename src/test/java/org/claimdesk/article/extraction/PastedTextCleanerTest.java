package org.claimdesk.article.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PastedTextCleanerTest {

    private static final Path SEED = Path.of("src", "main", "resources", "demo", "dw-lavrov-kim-2018-05-31.txt");

    private static ExtractedArticle seed;

    private final PastedTextCleaner cleaner = new PastedTextCleaner();

    @BeforeAll
    static void cleanTheSeed() throws IOException {
        seed = new PastedTextCleaner().clean(Files.readString(SEED));
    }

    @Test
    void seedKeepsTitleDateAndTheArticleFromItsLead() {
        assertThat(seed.title()).isEqualTo("Lavrov meets Kim Jong Un in North Korea");
        assertThat(seed.publishedOn()).isEqualTo(LocalDate.of(2018, 5, 31));
        assertThat(seed.publishedAt()).as("the page gives a day, not a time").isNull();
        assertThat(seed.paragraphs()).startsWith(
                "Lavrov invited North Korean leader Kim Jong Un to Russia as Moscow seeks to reassert its influence in"
                        + " the region. The visit comes as Pyongyang engages in hectic diplomacy with Washington, Seoul"
                        + " and Beijing.",
                "Russian Foreign Minister Sergey Lavrov met with North Korean leader Kim Jong Un in Pyongyang on"
                        + " Thursday.",
                "The visit comes amid a flurry of diplomatic efforts by Pyongyang, Seoul and Washington to restore a"
                        + " meeting between US President Donald Trump and North Korean Leader Kim Jong Un, originally"
                        + " scheduled for June 12 in Singapore but later canceled by Trump.",
                "What happened",
                "Lavrov invited the North Korean leader to visit Russia.");
        assertThat(seed.paragraphs()).contains("Waning influence").hasSize(17);
        assertThat(seed.paragraphs().getLast()).startsWith("Kim's trusted aide and former spy chief Kim Yong Chol");
    }

    @Test
    void seedKeepsTheClaimsVerbatim() {
        assertThat(seed.text()).contains(
                "originally scheduled for June 12 in Singapore",
                "has already met twice with China's President Xi Jinping and South Korean President Moon Jae-in",
                "Kim Yong Chol is in New York",
                "Russia, which shares a border with North Korea",
                "He could end up meeting Trump as early as next month");
    }

    @Test
    void seedLosesAllPageFurniture() {
        assertThat(seed.text()).doesNotContain(
                "Skip", "DW sites", "main menu", "Image:", "Getty Images", "00:46", "browser",
                "Lavrov meets Kim in Pyongyang", "meeting North Korean leader Kim Jong Un in Pyongyang\n",
                "ap/rt", "(AP, AFP, Reuters)", "1830 UTC", "sign up", "Top Story", "More stories", "Explore more",
                "•", "May 31, 2018", "Lavrov meets Kim Jong Un in North Korea");
        assertThat(seed.paragraphs()).doesNotContain("Politics");
        assertThat(seed.paragraphs()).noneMatch(paragraph -> paragraph.startsWith("Russian Foreign Minister Sergey"
                + " Lavrov meeting"));
    }

    @Test
    void sectionsAnnouncedBySkipLinksAreDroppedWithTheirHeadings() {
        ExtractedArticle article = cleaner.clean("""
                Harbour bridge budget approved

                The council approved the budget for the harbour bridge on Tuesday after a long debate.

                Work starts in the autumn.

                Skip next section Related topics
                Related topics

                Skip next section More from the city
                More from the city
                """);

        assertThat(article.title()).isEqualTo("Harbour bridge budget approved");
        assertThat(article.paragraphs()).containsExactly(
                "The council approved the budget for the harbour bridge on Tuesday after a long debate.",
                "Work starts in the autumn.");
    }

    @Test
    void commonFurnitureOfOtherNewsSitesGoesToo() {
        ExtractedArticle article = cleaner.clean("""
                Zum Inhalt springen
                Wir verwenden Cookies, um unsere Website zu verbessern. Alle akzeptieren
                Wirtschaft
                Hafenbrücke wird teurer
                Stand: 05.03.2024

                Die Kosten für die neue Hafenbrücke steigen um zwölf Millionen Euro, teilte die Stadt mit.
                Bauarbeiter auf der Baustelle der Hafenbrücke
                Bild: picture-alliance/dpa
                Lesen Sie auch: Stadtrat streitet über Fährlinie
                Teilen Drucken
                Der Stadtrat will im April über die Finanzierung entscheiden. Die Opposition
                fordert eine unabhängige Prüfung der Pläne.
                Photo: Reuters/J. Doe
                Share on Facebook
                Advertisement
                Abonnieren Sie unseren Newsletter und erhalten Sie die wichtigsten Nachrichten.
                """);

        assertThat(article.title()).isEqualTo("Hafenbrücke wird teurer");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(article.paragraphs()).containsExactly(
                "Die Kosten für die neue Hafenbrücke steigen um zwölf Millionen Euro, teilte die Stadt mit.",
                "Der Stadtrat will im April über die Finanzierung entscheiden. Die Opposition fordert eine"
                        + " unabhängige Prüfung der Pläne.");
    }

    @Test
    void textWithoutAHeadlineKeepsAllItsParagraphsAndGetsAStandInTitle() {
        ExtractedArticle article = cleaner.clean("""
                The minister said on Monday that unemployment had fallen to its lowest level in twenty years.
                Economists doubted the figure.
                """);

        assertThat(article.title())
                .isEqualTo("The minister said on Monday that unemployment had fallen to its lowest level in…");
        assertThat(article.paragraphs()).containsExactly(
                "The minister said on Monday that unemployment had fallen to its lowest level in twenty years.",
                "Economists doubted the figure.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n\n\t ", "Skip to content\nShare\n00:46\nImage: AFP", "May 31, 2018"})
    void textWithoutAnArticleIsRefusedWithAReason(String pasted) {
        assertThatThrownBy(() -> cleaner.clean(pasted))
                .isInstanceOfSatisfying(ExtractionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("article.extraction.no-text"));
    }
}
