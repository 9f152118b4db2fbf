package org.claimdesk.publishing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.article.ImportResult;
import org.claimdesk.article.PastedArticle;
import org.claimdesk.claim.ArticleClaim;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.SuggestedSentence;
import org.claimdesk.claim.SuggestionService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Articles", description = "Imported news articles and the claims cut from them")
class ArticlesApi {

    private final ArticleService articles;
    private final ClaimService claims;
    private final SuggestionService suggestions;

    ArticlesApi(ArticleService articles, ClaimService claims, SuggestionService suggestions) {
        this.articles = articles;
        this.claims = claims;
        this.suggestions = suggestions;
    }

    /** What an integration sends: exactly one of a web address, a saved HTML page or plain text. */
    record ArticleImport(@Nullable String url, @Nullable String html, @Nullable String text,
            @Nullable String originalUrl, @Nullable String publisher, @Nullable LocalDate publishedOn,
            @Nullable String language) {
    }

    /** An article with its text, its claims and the sentences suggested as check-worthy. */
    record ArticleResource(UUID id, String title, @Nullable String byline, @Nullable String publisher,
            @Nullable Instant publishedAt, @Nullable String language, @Nullable String url, Instant importedAt,
            String text, List<ArticleClaim> claims, List<SuggestedSentence> suggestions) {
    }

    @GetMapping
    @Operation(summary = "Articles on the desk, newest import first")
    ApiPage<ArticleSummary> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        int limit = Pages.size(size);
        return new ApiPage<>(articles.list(Pages.offset(page, limit), limit), page, limit, articles.count());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One article with its text, claims and suggestions")
    ArticleResource one(@PathVariable UUID id) {
        return resource(articles.find(id).orElseThrow(() -> new ApiErrors.ApiNotFound("article")));
    }

    @PostMapping
    @Operation(summary = "Imports an article from a web address, HTML or plain text, through the same pipeline "
            + "as the app. An article already on the desk answers 200 with it; a new one 201. Needs a Reviewer token.")
    ResponseEntity<ArticleResource> importArticle(@RequestBody ArticleImport request) {
        int given = (request.url() == null ? 0 : 1) + (request.html() == null ? 0 : 1)
                + (request.text() == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("give exactly one of url, html or text");
        }
        ImportResult result;
        if (request.url() != null) {
            result = articles.importUrl(request.url());
        } else if (request.html() != null) {
            result = articles.importFile("article.html", request.html().getBytes(StandardCharsets.UTF_8));
        } else {
            result = articles.importPasted(new PastedArticle(request.text(), request.originalUrl(),
                    request.publisher(), request.publishedOn(), request.language()));
        }
        ArticleResource body = resource(articles.find(result.articleId()).orElseThrow());
        return ResponseEntity.status(result.alreadyImported() ? HttpStatus.OK : HttpStatus.CREATED).body(body);
    }

    private ArticleResource resource(Article article) {
        return new ArticleResource(article.publicId(), article.title(), article.byline(), article.publisher(),
                article.publishedAt(), article.language(), article.canonicalUrl(), article.importedAt(), article.text(),
                claims.claimsIn(article.publicId()), suggestions.openIn(article.publicId()));
    }
}
