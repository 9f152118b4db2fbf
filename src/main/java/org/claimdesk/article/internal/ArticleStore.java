package org.claimdesk.article.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleSummary;
import org.springframework.stereotype.Component;

/** Reading articles, for {@link org.claimdesk.article.ArticleService}. */
@Component
public class ArticleStore {

    private final ArticleRepository repository;

    ArticleStore(ArticleRepository repository) {
        this.repository = repository;
    }

    public Optional<Article> find(UUID publicId) {
        return repository.findByPublicId(publicId);
    }

    public Optional<Article> find(long id) {
        return repository.findById(id);
    }

    public List<ArticleSummary> page(int offset, int limit) {
        return repository.page(offset, limit);
    }

    public long count() {
        return repository.count();
    }
}
