package org.claimdesk.insight;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.PastedArticle;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.Priority;
import org.claimdesk.claim.SourceDraft;
import org.claimdesk.claim.SourceService;
import org.claimdesk.claim.Stance;
import org.springframework.stereotype.Component;

/** Articles, claims and sources with words no other test uses, made through the real services. */
@Component
public class SearchFixtures {

    private final ArticleService articles;
    private final ClaimService claims;
    private final SourceService sources;

    SearchFixtures(ArticleService articles, ClaimService claims, SourceService sources) {
        this.articles = articles;
        this.claims = claims;
        this.sources = sources;
    }

    /** A made-up word of letters only, unique to the call, that no dictionary stems or stops. */
    public static String word() {
        String digits = Long.toString(System.nanoTime(), 36);
        StringBuilder word = new StringBuilder("zq");
        for (char c : digits.toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
        }
        return word.append("x").toString().toLowerCase(Locale.ROOT);
    }

    /** An uploaded page in the given language ({@code lang} attribute), with a title and paragraphs. */
    public UUID page(String language, String title, String... paragraphs) {
        StringBuilder html = new StringBuilder("<html lang=\"" + language + "\"><head><title>" + title
                + "</title></head><body><article><h1>" + title + "</h1>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        html.append("</article></body></html>");
        return articles.importFile("page-" + System.nanoTime() + ".html",
                html.toString().getBytes(StandardCharsets.UTF_8)).articleId();
    }

    /**
     * Pasted text: no language, so searched with the simple configuration. A last paragraph with a word of
     * its own keeps the text unique: the same text again would open the article already on the desk.
     */
    public UUID pasted(String title, String text) {
        return articles.importPasted(PastedArticle.of(title + "\n\n" + text + "\n\nReference " + word() + "."))
                .articleId();
    }

    /** A claim on the words {@code quote} of the article. */
    public UUID claim(UUID articleId, String quote, String statement, String claimant, LocalDate claimDate,
            String... tags) {
        Article article = articles.find(articleId).orElseThrow();
        int start = article.text().indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("Not in the article: " + quote);
        }
        return claims.createAt(articleId, start, start + quote.length(),
                new ClaimDraft(statement, claimant, claimDate, claimDate, List.of(tags), Priority.NORMAL));
    }

    public UUID source(UUID claimId, String title, String publisher, String passage) {
        return sources.addToClaim(claimId, new SourceDraft("https://example.org/source-" + System.nanoTime(), title,
                publisher, null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9), passage, Stance.SUPPORTS));
    }
}
