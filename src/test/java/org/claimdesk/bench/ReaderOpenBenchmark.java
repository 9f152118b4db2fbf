package org.claimdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.PastedArticle;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.Priority;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}; run it with
 * {@code bench/reader.sh}): server time to open the article reader on a 10,000-word article with 200
 * claims, i.e. loading the article and its claims and building the highlighted text and the side lists.
 */
class ReaderOpenBenchmark extends KaribuTest {

    private static final int WORDS = 10_000;
    private static final int CLAIMS = 200;
    private static final int WARM_UP = 15;
    private static final int MEASURED = 30;

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    @Test
    void openTheReader() {
        signInAs("reviewer");
        UUID articleId = articles.importPasted(PastedArticle.of(generatedArticle())).articleId();
        Article article = articles.find(articleId).orElseThrow();
        String[] sentences = article.text().split("(?<=\\.) ");
        int step = sentences.length / CLAIMS;
        for (int index = 0; index < CLAIMS; index++) {
            String sentence = sentences[index * step].strip();
            int start = article.text().indexOf(sentence);
            claims.createAt(articleId, start, start + sentence.length(), new ClaimDraft(
                    "Benchmark claim " + index + " " + System.nanoTime(), null, null, null, List.of(), Priority.NORMAL));
        }
        assertThat(claims.claimsIn(articleId)).hasSize(CLAIMS);

        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < WARM_UP + MEASURED; round++) {
            UI.getCurrent().navigate("articles");
            long started = System.nanoTime();
            UI.getCurrent().navigate("articles/" + articleId);
            long elapsed = System.nanoTime() - started;
            if (round >= WARM_UP) {
                nanos.add(elapsed);
            }
        }
        nanos.sort(Long::compare);
        System.out.printf("%nREADER BENCHMARK: %d words, %d claims, %d runs after %d warm-up%n", WORDS, CLAIMS,
                MEASURED, WARM_UP);
        System.out.printf("READER BENCHMARK: median %.1f ms, p90 %.1f ms, max %.1f ms%n%n",
                nanos.get(MEASURED / 2) / 1e6, nanos.get((int) (MEASURED * 0.9)) / 1e6, nanos.getLast() / 1e6);
    }

    private static String generatedArticle() {
        StringBuilder text = new StringBuilder("Benchmark article " + System.nanoTime() + "\n\n");
        int words = 0;
        int sentence = 0;
        while (words < WORDS) {
            text.append("In sentence ").append(sentence).append(" the council said that ").append(sentence % 97)
                    .append(" schools in district ").append(sentence % 13).append(" received new funding last year. ");
            words += 16;
            sentence++;
            if (sentence % 8 == 0) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }
}
