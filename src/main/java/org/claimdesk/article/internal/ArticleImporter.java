package org.claimdesk.article.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleImportException;
import org.claimdesk.article.ArticleImported;
import org.claimdesk.article.ArticleOrigin;
import org.claimdesk.article.ArticleTextCorrected;
import org.claimdesk.article.ImportResult;
import org.claimdesk.article.PastedArticle;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.fetch.FetchRefusedException;
import org.claimdesk.fetch.FetchedPage;
import org.claimdesk.fetch.SafeFetcher;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** The three ways in (pasted text, uploaded file, fetched URL), one way to store, and corrections. */
@Component
public class ArticleImporter {

    static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;

    private final ArticleParsing parsing;
    private final ArticleRepository repository;
    private final SafeFetcher fetcher;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    ArticleImporter(ArticleParsing parsing, ArticleRepository repository, SafeFetcher fetcher, CurrentUser currentUser,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.parsing = parsing;
        this.repository = repository;
        this.fetcher = fetcher;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public ImportResult importPasted(PastedArticle pasted) {
        checkSize(pasted.text().getBytes(StandardCharsets.UTF_8).length);
        ParsedArticle parsed = parsing.fromPastedText(pasted.text());
        String url = pasted.originalUrl() == null || pasted.originalUrl().isBlank() ? parsed.canonicalUrl()
                : WebAddresses.requireHttp(pasted.originalUrl());
        String publisher = pasted.publisher() == null || pasted.publisher().isBlank() ? parsed.publisher()
                : pasted.publisher().strip();
        Instant publishedAt = pasted.publishedOn() == null ? parsed.publishedAt()
                : pasted.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        String language = pasted.language() == null || pasted.language().isBlank() ? parsed.language()
                : languageTag(pasted.language());
        return store(parsed.withLanguage(language), url, publisher, publishedAt, ArticleOrigin.PASTED);
    }

    /** A well-formed BCP 47 tag, as the JDK reads it ("EN" → "en"), or a refusal that names what was given. */
    private static String languageTag(String given) {
        String tag = given.strip();
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty() || tag.length() > 35) {
            throw new ArticleImportException("article.import.language-invalid", tag);
        }
        return locale.toLanguageTag();
    }

    public ImportResult importFile(String fileName, byte[] content) {
        checkSize(content.length);
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            ParsedArticle parsed = parsing.fromHtml(content, null);
            return store(parsed, parsed.canonicalUrl(), parsed.publisher(), parsed.publishedAt(), ArticleOrigin.UPLOADED);
        }
        if (name.endsWith(".txt")) {
            ParsedArticle parsed = parsing.fromPastedText(TextDecoding.decode(content));
            return store(parsed, parsed.canonicalUrl(), parsed.publisher(), parsed.publishedAt(), ArticleOrigin.UPLOADED);
        }
        throw new ArticleImportException("article.import.file-type", fileName);
    }

    public ImportResult importUrl(String url) {
        FetchedPage page;
        try {
            page = fetcher.fetch(url.strip());
        } catch (FetchRefusedException refused) {
            throw new ArticleImportException(refused.messageKey(), refused.detail());
        }
        checkSize(page.body().getBytes(StandardCharsets.UTF_8).length);
        String finalUrl = page.finalUrl().toString();
        ParsedArticle parsed = page.contentType().startsWith("text/plain")
                ? parsing.fromPastedText(page.body())
                : parsing.fromHtml(page.body(), finalUrl);
        String canonical = parsed.canonicalUrl() != null ? parsed.canonicalUrl() : finalUrl;
        return store(parsed, canonical, parsed.publisher(), parsed.publishedAt(), ArticleOrigin.FETCHED);
    }

    public void correctText(UUID articleId, String text, long expectedVersion) {
        checkSize(text.getBytes(StandardCharsets.UTF_8).length);
        Article article = repository.findByPublicId(articleId)
                .orElseThrow(() -> new ArticleImportException("article.not-found"));
        String paragraphs = Paragraphs.normalise(text);
        if (paragraphs.isEmpty()) {
            throw new ArticleImportException("article.import.empty");
        }
        replaceText(article, paragraphs, expectedVersion);
    }

    private void replaceText(Article article, String text, long expectedVersion) {
        if (!repository.updateText(article.id(), text, Fingerprints.sha256(text), expectedVersion, clock.instant())) {
            throw new ArticleImportException("article.changed-meanwhile");
        }
        audit.record("article", article.publicId().toString(), "text-corrected", Map.of("text", article.text()),
                Map.of("text", text));
        events.publishEvent(new ArticleTextCorrected(article.id(), article.text(), text));
    }

    private ImportResult store(ParsedArticle parsed, @Nullable String canonicalUrl, @Nullable String publisher,
            @Nullable Instant publishedAt, ArticleOrigin origin) {
        String sha = Fingerprints.sha256(parsed.text());
        if (canonicalUrl != null) {
            var sameAddress = repository.findByCanonicalUrl(canonicalUrl);
            if (sameAddress.isPresent() && !Fingerprints.sha256(sameAddress.get().text()).equals(sha)) {
                // the page was re-imported and its text changed: take the new text, claims follow by quote
                replaceText(sameAddress.get(), parsed.text(), sameAddress.get().version());
                return new ImportResult(sameAddress.get().publicId(), true);
            }
        }
        var existing = repository.findDuplicate(canonicalUrl, sha);
        if (existing.isPresent()) {
            return new ImportResult(existing.get(), true);
        }
        NewArticle article = new NewArticle(Texts.limit(parsed.title(), 500), Texts.limit(parsed.byline(), 500),
                Texts.limit(publisher, 300), publishedAt, Texts.limit(parsed.language(), 35), canonicalUrl, origin,
                parsed.text(), sha);
        long id;
        try {
            id = repository.insert(article, currentUser.find().map(SignedInUser::accountId).orElse(null),
                    clock.instant());
        } catch (DuplicateKeyException raced) {
            // imported by someone else a moment ago
            return new ImportResult(repository.findDuplicate(canonicalUrl, sha).orElseThrow(), true);
        }
        UUID publicId = repository.findById(id).orElseThrow().publicId();
        audit.record("article", publicId.toString(), "imported", null, article);
        events.publishEvent(new ArticleImported(id));
        return new ImportResult(publicId, false);
    }

    private static void checkSize(int bytes) {
        if (bytes == 0) {
            throw new ArticleImportException("article.import.empty");
        }
        if (bytes > MAX_TEXT_BYTES) {
            throw new ArticleImportException("article.import.too-large", MAX_TEXT_BYTES / (1024 * 1024));
        }
    }
}
