package org.claimdesk.article;

import java.net.URI;
import org.claimdesk.article.extraction.ArticleExtractor;
import org.claimdesk.article.extraction.ExtractionException;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * The readable text of a fetched page, for archiving sources: the main article text where there is
 * one, otherwise all the page's visible text. Never HTML.
 */
@Component
public class PageTextExtractor {

    private final ArticleExtractor extractor = new ArticleExtractor();

    public String mainText(String body, String contentType, String pageUrl) {
        if (contentType.startsWith("text/plain")) {
            return body.strip();
        }
        try {
            return extractor.extract(body, URI.create(pageUrl)).text();
        } catch (ExtractionException | IllegalArgumentException noArticle) {
            return Jsoup.parse(body, pageUrl).text();
        }
    }
}
