package org.claimdesk.claim.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.claim.ClaimMerge;
import org.claimdesk.claim.ClaimMergeUndone;
import org.claimdesk.claim.ClaimMerged;
import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.SignedInUser;
import org.claimdesk.shell.LiveUpdates;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Merging a duplicate claim into its canonical claim, and undoing that, behind
 * {@link org.claimdesk.claim.ClaimService}. The duplicate's appearances (with their anchors) move to the
 * canonical claim, which also gains the duplicate's sources and tags; the duplicate itself stays, marked
 * as merged, so that its discussion and history stay readable. Everything undo needs is stored with the
 * merge. Which claim is canonical, and whether the two may be merged at all, is the caller's rule (the
 * insight module's, which knows the review states); the review module may still refuse through
 * {@link ClaimMerged}.
 */
@Component
public class ClaimMerges {

    private final ClaimRepository claims;
    private final MergeRepository merges;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final LiveUpdates live;
    private final Clock clock;

    ClaimMerges(ClaimRepository claims, MergeRepository merges, AccountService accounts, CurrentUser currentUser,
            AuditTrail audit, ApplicationEventPublisher events, LiveUpdates live, Clock clock) {
        this.claims = claims;
        this.merges = merges;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    /** @return the merge's id, for undoing it */
    public UUID merge(UUID duplicateId, long duplicateVersion, UUID canonicalId, long canonicalVersion) {
        if (duplicateId.equals(canonicalId)) {
            throw new ClaimRuleViolation("claim.merge.same");
        }
        long duplicateKey = claims.idOf(duplicateId).orElseThrow(() -> new ClaimRuleViolation("claim.not-found"));
        long canonicalKey = claims.idOf(canonicalId).orElseThrow(() -> new ClaimRuleViolation("claim.not-found"));
        // both rows locked, always in the order of their ids, so that crossing merges wait rather than deadlock
        ClaimRow first = lock(Math.min(duplicateKey, canonicalKey));
        ClaimRow second = lock(Math.max(duplicateKey, canonicalKey));
        ClaimRow duplicate = first.id() == duplicateKey ? first : second;
        ClaimRow canonical = first.id() == canonicalKey ? first : second;
        if (duplicate.version() != duplicateVersion || canonical.version() != canonicalVersion) {
            throw new ClaimRuleViolation("claim.changed-meanwhile");
        }
        if (duplicate.mergedInto() != null) {
            throw new ClaimRuleViolation("claim.merge.already-merged", duplicate.statement());
        }
        if (canonical.mergedInto() != null) {
            throw new ClaimRuleViolation("claim.merge.into-merged", canonical.statement());
        }
        Instant now = clock.instant();
        List<Long> moved = merges.moveAppearances(duplicate.id(), canonical.id());
        List<Long> sources = merges.copySources(duplicate.id(), canonical.id());
        List<String> addedTags = duplicate.tags().stream().filter(tag -> !canonical.tags().contains(tag)).distinct()
                .toList();
        List<String> tags = new ArrayList<>(canonical.tags());
        tags.addAll(addedTags);
        claims.setTags(canonical.id(), tags, now);
        claims.setMergedInto(duplicate.id(), canonical.id(), now);
        UUID mergeId = merges.publicIdOf(merges.insert(duplicate.id(), canonical.id(), moved, sources, addedTags,
                userId(), now));
        Map<String, Object> merged = audited(mergeId, duplicate, canonical, moved.size(), sources.size(), addedTags);
        audit.record("claim", duplicateId.toString(), "merged-as-duplicate", null, merged);
        audit.record("claim", canonicalId.toString(), "duplicate-merged-in", null, merged);
        events.publishEvent(new ClaimMerged(mergeId, duplicateId, canonicalId));
        changed(duplicateId, canonicalId);
        return mergeId;
    }

    public void undo(UUID mergeId) {
        MergeRepository.MergeRow merge = merges.lockStanding(mergeId)
                .orElseThrow(() -> new ClaimRuleViolation("claim.merge.not-standing"));
        ClaimRow first = lock(Math.min(merge.duplicateId(), merge.canonicalId()));
        ClaimRow second = lock(Math.max(merge.duplicateId(), merge.canonicalId()));
        ClaimRow duplicate = first.id() == merge.duplicateId() ? first : second;
        ClaimRow canonical = first.id() == merge.canonicalId() ? first : second;
        if (canonical.mergedInto() != null) {
            // its appearances, the duplicate's among them, now belong to a third claim: undo that first
            throw new ClaimRuleViolation("claim.merge.undo-later-first", canonical.statement(),
                    claims.statementOf(canonical.mergedInto()));
        }
        Instant now = clock.instant();
        merges.moveAppearancesBack(merge.movedAppearanceIds(), canonical.id(), duplicate.id());
        merges.removeSources(canonical.id(), merge.addedSourceIds());
        claims.setTags(canonical.id(),
                canonical.tags().stream().filter(tag -> !merge.addedTags().contains(tag)).toList(), now);
        claims.setMergedInto(duplicate.id(), null, now);
        merges.markUndone(merge.id(), userId(), now);
        Map<String, Object> merged = audited(mergeId, duplicate, canonical, merge.movedAppearanceIds().size(),
                merge.addedSourceIds().size(), merge.addedTags());
        audit.record("claim", duplicate.publicId().toString(), "merge-undone", merged, null);
        audit.record("claim", canonical.publicId().toString(), "merge-undone", merged, null);
        events.publishEvent(new ClaimMergeUndone(mergeId, duplicate.publicId(), canonical.publicId()));
        changed(duplicate.publicId(), canonical.publicId());
    }

    /** The merges standing with the claim on either side: into which claim it went, or which went into it. */
    public List<ClaimMerge> standing(UUID claimId) {
        return claims.idOf(claimId).map(merges::standingOf).orElse(List.of()).stream()
                .map(row -> new ClaimMerge(row.publicId(), claims.publicIdOf(row.duplicateId()),
                        claims.statementOf(row.duplicateId()), claims.publicIdOf(row.canonicalId()),
                        claims.statementOf(row.canonicalId()), row.movedAppearanceIds().size(),
                        row.addedSourceIds().size(), row.addedTags(), accounts.displayNameOf(row.mergedBy()),
                        row.mergedAt()))
                .toList();
    }

    private ClaimRow lock(long id) {
        return claims.lock(claims.publicIdOf(id)).orElseThrow(() -> new ClaimRuleViolation("claim.not-found"));
    }

    private static Map<String, Object> audited(UUID mergeId, ClaimRow duplicate, ClaimRow canonical, int appearances,
            int sources, List<String> tags) {
        Map<String, Object> merged = new LinkedHashMap<>();
        merged.put("merge", mergeId);
        merged.put("duplicate", duplicate.statement());
        merged.put("duplicateId", duplicate.publicId());
        merged.put("canonical", canonical.statement());
        merged.put("canonicalId", canonical.publicId());
        merged.put("appearancesMoved", appearances);
        merged.put("sourcesAdded", sources);
        merged.put("tagsAdded", tags);
        return merged;
    }

    private void changed(UUID... claimIds) {
        for (UUID claimId : claimIds) {
            live.changed("claim:" + claimId);
        }
        live.changed("queue");
    }

    private @Nullable Long userId() {
        return currentUser.find().map(SignedInUser::accountId).orElse(null);
    }
}
