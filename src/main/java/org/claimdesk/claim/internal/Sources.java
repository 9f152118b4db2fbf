package org.claimdesk.claim.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.claimdesk.article.PageTextExtractor;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.claim.ClaimSource;
import org.claimdesk.claim.SourceDraft;
import org.claimdesk.fetch.FetchRefusedException;
import org.claimdesk.fetch.HttpAddresses;
import org.claimdesk.fetch.FetchedPage;
import org.claimdesk.fetch.SafeFetcher;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Sources and their snapshots, behind {@link org.claimdesk.claim.SourceService}. */
@Component
public class Sources {

    private final SourceRepository repository;
    private final Claims claims;
    private final SafeFetcher fetcher;
    private final PageTextExtractor extractor;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    Sources(SourceRepository repository, Claims claims, SafeFetcher fetcher, PageTextExtractor extractor,
            CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.repository = repository;
        this.claims = claims;
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Adds a source to a claim; a source already on the desk (same URL) is reused, not copied. */
    public UUID addToClaim(UUID claimId, SourceDraft draft) {
        long claim = claims.activeClaimIdOf(claimId);
        SourceDraft checked = checked(draft);
        long sourceId = repository.idByUrl(checked.url())
                .orElseGet(() -> repository.insert(checked, claim, userId(), clock.instant()));
        repository.link(claim, sourceId, checked.passage(), checked.stance(), userId(), clock.instant());
        UUID publicId = repository.find(sourceId);
        audit.record("source", publicId.toString(), "added-to-claim", null, Map.of("claim", claimId, "source", checked));
        return publicId;
    }

    /** Fetches the source page through the safe fetcher and keeps its text, SHA-256 and fetch time. */
    public ClaimSource.Snapshot archive(UUID sourceId) {
        long id = repository.idOf(sourceId).orElseThrow(() -> new ClaimRuleViolation("source.not-found"));
        String url = repository.urlOf(id).orElseThrow();
        FetchedPage page;
        try {
            page = fetcher.fetch(url);
        } catch (FetchRefusedException refused) {
            throw new ClaimRuleViolation(refused.messageKey(), refused.detail());
        }
        String text = extractor.mainText(page.body(), page.contentType(), page.finalUrl().toString());
        String sha256 = sha256(text);
        repository.insertSnapshot(id, page.finalUrl().toString(), page.contentType(), text, sha256, page.fetchedAt(),
                userId());
        ClaimSource.Snapshot snapshot = new ClaimSource.Snapshot(page.fetchedAt(), sha256, text.length());
        audit.record("source", sourceId.toString(), "archived", null,
                Map.of("finalUrl", page.finalUrl().toString(), "snapshot", snapshot));
        return snapshot;
    }

    private static SourceDraft checked(SourceDraft draft) {
        String url = httpUrl(draft.url());
        String title = draft.title().strip();
        if (title.isEmpty()) {
            throw new ClaimRuleViolation("source.title.empty");
        }
        if (draft.publishedOn() != null && draft.publishedOn().isAfter(draft.accessedOn())) {
            throw new ClaimRuleViolation("source.published-after-accessed");
        }
        return new SourceDraft(url, limit(title, 500), limitOrNull(draft.publisher(), 300),
                limitOrNull(draft.author(), 300), draft.publishedOn(), draft.accessedOn(),
                draft.passage() == null || draft.passage().isBlank() ? null : draft.passage().strip(), draft.stance());
    }

    static String httpUrl(String address) {
        return HttpAddresses.parse(address)
                .orElseThrow(() -> new ClaimRuleViolation("source.url.invalid", address.strip()));
    }

    private static String limit(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static @Nullable String limitOrNull(@Nullable String value, int max) {
        return value == null || value.isBlank() ? null : limit(value.strip(), max);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private @Nullable Long userId() {
        return currentUser.find().map(SignedInUser::accountId).orElse(null);
    }
}
