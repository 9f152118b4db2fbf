package org.claimdesk.claim;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.claim.internal.Verdicts;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Verdicts: a rating, a rationale and the sources it rests on. */
@Service
@Transactional
public class VerdictService {

    private final Verdicts verdicts;

    VerdictService(Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    /**
     * Proposes the claim's verdict. No verdict without at least one of the claim's sources and a rationale.
     *
     * @param expectedVersion the version of the verdict the reviewer edited, null for a first verdict
     */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public void propose(UUID claimId, long ratingId, String rationale, Set<UUID> sourceIds,
            @Nullable Long expectedVersion) {
        verdicts.propose(claimId, ratingId, rationale, sourceIds, expectedVersion);
    }

    /**
     * Re-applies a person's verdict on top of the one someone else saved meanwhile, after they have seen
     * what changed and chosen to. Still checked like any proposal.
     */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public void proposeOverCurrent(UUID claimId, long ratingId, String rationale, Set<UUID> sourceIds) {
        verdicts.propose(claimId, ratingId, rationale, sourceIds, verdicts.currentVersion(claimId));
    }

    /** Why no verdict may be proposed for the claim now (a translation key), or empty if one may. */
    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public Optional<String> proposalRefusal(UUID claimId) {
        return verdicts.refusal(claimId);
    }
}
