package org.claimdesk.article.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import org.claimdesk.article.ArticleImportException;
import org.claimdesk.article.extraction.ArticleExtractor;
import org.claimdesk.article.extraction.ExtractedArticle;
import org.claimdesk.article.extraction.ExtractionException;
import org.claimdesk.article.extraction.PastedTextCleaner;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns pages and pasted text into articles to store; extraction's refusals become import messages. */
@Component
class ArticleParsing {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final PastedTextCleaner cleaner = new PastedTextCleaner();

    ParsedArticle fromHtml(String html, @Nullable String pageUrl) {
        try {
            return parsed(extractor.extract(html, pageUrl == null ? null : URI.create(pageUrl)));
        } catch (ExtractionException e) {
            throw new ArticleImportException(e.messageKey());
        }
    }

    /** An uploaded page: decoded by the charset it declares (BOM, meta charset), UTF-8 otherwise. */
    ParsedArticle fromHtml(byte[] content, @Nullable String pageUrl) {
        try {
            String html = Jsoup.parse(new ByteArrayInputStream(content), null, pageUrl == null ? "" : pageUrl)
                    .outerHtml();
            return fromHtml(html, pageUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ParsedArticle fromPastedText(String text) {
        try {
            return parsed(cleaner.clean(text));
        } catch (ExtractionException e) {
            throw new ArticleImportException(e.messageKey());
        }
    }

    private static ParsedArticle parsed(ExtractedArticle article) {
        Instant published = article.publishedAt() != null ? article.publishedAt().toInstant()
                : article.publishedOn() == null ? null : article.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        return new ParsedArticle(article.title(), article.byline(), article.siteName(), published, article.language(),
                article.canonicalUrl() == null ? null : article.canonicalUrl().toString(), article.text());
    }
}
