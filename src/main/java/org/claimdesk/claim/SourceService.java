package org.claimdesk.claim;

import java.util.UUID;
import org.claimdesk.claim.internal.Sources;
import org.claimdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sources and evidence: adding them to claims and archiving their pages against link rot. */
@Service
@Transactional
public class SourceService {

    private final Sources sources;

    SourceService(Sources sources) {
        this.sources = sources;
    }

    /** @return the source's id; a URL already on the desk is the same source */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public UUID addToClaim(UUID claimId, SourceDraft draft) {
        return sources.addToClaim(claimId, draft);
    }

    /** Fetches the page through the safe fetcher and stores its text, SHA-256 and fetch time. */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public ClaimSource.Snapshot archive(UUID sourceId) {
        return sources.archive(sourceId);
    }
}
