package org.claimdesk.article.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractedArticleTest {

    @Test
    void textIsTheParagraphsSeparatedByABlankLine() {
        ExtractedArticle article = article(List.of("First.", "Second.", "Third."));

        assertThat(article.text()).isEqualTo("First.\n\nSecond.\n\nThird.");
    }

    @Test
    void paragraphsCannotBeChangedAfterwards() {
        List<String> paragraphs = new ArrayList<>(List.of("First."));
        ExtractedArticle article = article(paragraphs);

        paragraphs.add("Sneaked in.");

        assertThat(article.text()).isEqualTo("First.");
    }

    @Test
    void refusesParagraphsThatWouldBreakTheTextApart() {
        assertThatThrownBy(() -> article(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> article(List.of("One", " "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> article(List.of("One\n\nTwo"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePublicationDayFollowsThePublicationTime() {
        OffsetDateTime time = OffsetDateTime.parse("2018-05-31T23:30:00-04:00");

        ExtractedArticle article = new ExtractedArticle("Title", null, null, time, null, null, null, null,
                List.of("Text."));

        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2018, 5, 31));
        assertThatThrownBy(() -> new ExtractedArticle("Title", null, null, time, LocalDate.of(2018, 6, 1), null,
                null, null, List.of("Text."))).isInstanceOf(IllegalArgumentException.class);
    }

    private static ExtractedArticle article(List<String> paragraphs) {
        return new ExtractedArticle("Title", null, null, null, null, null, null, null, paragraphs);
    }
}
