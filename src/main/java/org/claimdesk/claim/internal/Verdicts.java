package org.claimdesk.claim.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.claim.Rating;
import org.claimdesk.claim.VerdictGate;
import org.claimdesk.claim.VerdictProposed;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Verdicts and the rating scale, behind {@link org.claimdesk.claim.VerdictService}. */
@Component
public class Verdicts {

    static final int MAX_RATIONALE = 20_000;

    private final VerdictRepository repository;
    private final RatingRepository ratings;
    private final SourceRepository sources;
    private final Claims claims;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<VerdictGate> gates;
    private final ApplicationEventPublisher events;

    Verdicts(VerdictRepository repository, RatingRepository ratings, SourceRepository sources, Claims claims,
            CurrentUser currentUser, AuditTrail audit, Clock clock, List<VerdictGate> gates,
            ApplicationEventPublisher events) {
        this.audit = audit;
        this.gates = gates;
        this.events = events;
        this.repository = repository;
        this.ratings = ratings;
        this.sources = sources;
        this.claims = claims;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Saves the claim's verdict: a rating, a non-empty rationale and at least one of the claim's sources.
     * {@code expectedVersion} is the verdict's version the reviewer saw, or null when there was none.
     */
    public void propose(UUID claimId, long ratingId, String rationale, Set<UUID> sourceIds,
            @Nullable Long expectedVersion) {
        long claim = claims.claimIdOf(claimId);
        refusal(claimId).ifPresent(reason -> {
            throw new ClaimRuleViolation(reason);
        });
        Rating rating = ratings.find(ratingId).orElseThrow(() -> new ClaimRuleViolation("verdict.rating.unknown"));
        if (rationale.isBlank()) {
            throw new ClaimRuleViolation("verdict.rationale.empty");
        }
        if (rationale.length() > MAX_RATIONALE) {
            throw new ClaimRuleViolation("verdict.rationale.too-long", MAX_RATIONALE);
        }
        if (sourceIds.isEmpty()) {
            throw new ClaimRuleViolation("verdict.sources.none");
        }
        Set<Long> ofClaim = sources.sourceIdsOfClaim(claim);
        Set<Long> chosen = new HashSet<>();
        for (UUID sourceId : sourceIds) {
            long id = sources.idOf(sourceId).filter(ofClaim::contains)
                    .orElseThrow(() -> new ClaimRuleViolation("verdict.sources.not-of-claim"));
            chosen.add(id);
        }
        var before = repository.forClaim(claim).orElse(null);
        SignedInUser proposer = currentUser.require();
        if (!repository.save(claim, rating.id(), rationale.strip(), chosen, expectedVersion,
                proposer.accountId(), clock.instant())) {
            throw new ClaimRuleViolation("verdict.changed-meanwhile");
        }
        audit.record("verdict", claimId.toString(), before == null ? "proposed" : "revised", before,
                repository.forClaim(claim).orElseThrow());
        events.publishEvent(new VerdictProposed(claimId, proposer.accountId()));
        claims.changed(claimId);
    }

    /** The version of the claim's verdict now, or null if it has none. */
    public @Nullable Long currentVersion(UUID claimId) {
        return repository.forClaim(claims.claimIdOf(claimId)).map(VerdictRepository.StoredVerdict::version)
                .orElse(null);
    }

    /** Why no verdict may be proposed for the claim now, as a translation key; empty if one may. */
    public Optional<String> refusal(UUID claimId) {
        return gates.stream().map(gate -> gate.refusal(claimId)).flatMap(Optional::stream).findFirst();
    }
}
