package org.claimdesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportResult;
import org.claimdesk.article.PastedArticle;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.Priority;
import org.claimdesk.claim.Rating;
import org.claimdesk.claim.RatingScaleService;
import org.claimdesk.claim.SourceDraft;
import org.claimdesk.claim.SourceService;
import org.claimdesk.claim.Stance;
import org.claimdesk.claim.VerdictService;
import org.claimdesk.database.DatabaseMode;
import org.claimdesk.review.ReviewService;
import org.claimdesk.security.ColleagueDirectory;
import org.claimdesk.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode, puts the DW article on the desk with its claims, sources and verdicts, as the demo
 * reviewer and editor would have: through the services, in one transaction, once. Most claims end
 * published (proposed by the reviewer, approved by the editor), one awaits approval, one is in research
 * with a due date and one is an unassigned draft, so every queue has something to show. Importing the same text again
 * finds it there, which is how a restart knows the demo data exists.
 */
@Component
@Order(10)
class DemoDataSeeder implements ApplicationRunner {

    static final String SEED = "demo/dw-lavrov-kim-claims.json";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DatabaseMode databaseMode;
    private final SystemActor actor;
    private final ArticleService articles;
    private final ClaimService claims;
    private final SourceService sources;
    private final VerdictService verdicts;
    private final RatingScaleService ratings;
    private final ReviewService reviews;
    private final ColleagueDirectory colleagues;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDataSeeder(DatabaseMode databaseMode, SystemActor actor, ArticleService articles, ClaimService claims,
            SourceService sources, VerdictService verdicts, RatingScaleService ratings, ReviewService reviews,
            ColleagueDirectory colleagues, TransactionTemplate transaction, Clock clock) {
        this.reviews = reviews;
        this.colleagues = colleagues;
        this.databaseMode = databaseMode;
        this.actor = actor;
        this.articles = articles;
        this.claims = claims;
        this.sources = sources;
        this.verdicts = verdicts;
        this.ratings = ratings;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!databaseMode.isDemo()) {
            return;
        }
        DemoSeed seed = JsonMapper.builder().build()
                .readValue(read(SEED), DemoSeed.class);
        String text = read("demo/" + seed.article().file());
        boolean seeded = Boolean.TRUE.equals(transaction.execute(status ->
                actor.runAs("reviewer", () -> seed(seed, text))));
        if (seeded) {
            log.info("Demo mode: put DW's article of 31 May 2018 on the desk with {} checked claims",
                    seed.claims().size());
        }
    }

    private boolean seed(DemoSeed seed, String text) {
        ImportResult imported = articles.importPasted(new PastedArticle(text, seed.article().url(),
                seed.article().publisher(), seed.article().publishedOn(), seed.article().language()));
        if (imported.alreadyImported()) {
            return false;
        }
        Article article = articles.find(imported.articleId()).orElseThrow();
        for (DemoSeed.Claim claim : seed.claims()) {
            int start = article.text().indexOf(claim.quote());
            if (start < 0) {
                throw new IllegalStateException("Demo quote not in the demo article: " + claim.quote());
            }
            UUID claimId = claims.createAt(article.publicId(), start, start + claim.quote().length(),
                    new ClaimDraft(claim.statement(), claim.claimant(), claim.claimDate(), claim.asOfDate(),
                            claim.tags(), Priority.valueOf(claim.priority())));
            if (!claim.workflow().equals("draft")) {
                research(claimId, claim);
            }
        }
        return true;
    }

    /** Walks one claim through the workflow as far as the seed says, as the reviewer and the editor would. */
    private void research(UUID claimId, DemoSeed.Claim claim) {
        reviews.startResearch(claimId, reviewVersion(claimId));
        Set<UUID> sourceIds = new HashSet<>();
        for (DemoSeed.Source source : claim.sources()) {
            sourceIds.add(sources.addToClaim(claimId, new SourceDraft(source.url(), source.title(),
                    source.publisher(), source.author(), source.published(), LocalDate.now(clock),
                    source.passage(), Stance.valueOf(source.stance()))));
        }
        if (claim.dueInDays() != null) {
            actor.runAs("editor", () -> reviews.assign(List.of(claimId),
                    colleagues.findByUsername("reviewer").orElseThrow().publicId(),
                    LocalDate.now(clock).plusDays(claim.dueInDays())));
        }
        if (claim.workflow().equals("research")) {
            return;
        }
        Rating rating = ratings.scale().stream().filter(r -> r.code().equals(claim.rating())).findFirst()
                .orElseThrow();
        verdicts.propose(claimId, rating.id(), claim.rationale(), sourceIds, null);
        if (claim.workflow().equals("published")) {
            actor.runAs("editor", () -> {
                reviews.approve(claimId, reviewVersion(claimId));
                return null;
            });
        }
        if (claim.recheckInDays() != null) {
            reviews.setRecheck(claimId, LocalDate.now(clock).plusDays(claim.recheckInDays()),
                    reviewVersion(claimId));
        }
    }

    private long reviewVersion(UUID claimId) {
        return reviews.status(claimId).orElseThrow().version();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
