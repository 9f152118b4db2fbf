package org.claimdesk.article;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.article.internal.ArticleImporter;
import org.claimdesk.article.internal.ArticleStore;
import org.claimdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles on the desk: importing them (reviewers and above) and reading them (everyone). Importing the
 * same canonical URL or the same text again leads to the article already there.
 */
@Service
@Transactional
public class ArticleService {

    private final ArticleImporter importer;
    private final ArticleStore store;

    ArticleService(ArticleImporter importer, ArticleStore store) {
        this.importer = importer;
        this.store = store;
    }

    /** @throws ArticleImportException if the text is empty, too large or holds no article */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public ImportResult importPasted(PastedArticle pasted) {
        return importer.importPasted(pasted);
    }

    /** An uploaded {@code .html}, {@code .htm} or {@code .txt} file. */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public ImportResult importFile(String fileName, byte[] content) {
        return importer.importFile(fileName, content);
    }

    /** Fetches the page through the safe fetcher; refusals come back as {@link ArticleImportException}. */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public ImportResult importUrl(String url) {
        return importer.importUrl(url);
    }

    /**
     * Replaces an article's text (a corrected or re-imported version); claims re-anchor by their quotes.
     *
     * @throws ArticleImportException with {@code article.changed-meanwhile} if someone else changed it first
     */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public void correctText(UUID articleId, String text, long expectedVersion) {
        importer.correctText(articleId, text, expectedVersion);
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public Optional<Article> find(UUID articleId) {
        return store.find(articleId);
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public Optional<Article> find(long articleId) {
        return store.find(articleId);
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public List<ArticleSummary> list(int offset, int limit) {
        return store.page(offset, limit);
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public long count() {
        return store.count();
    }
}
