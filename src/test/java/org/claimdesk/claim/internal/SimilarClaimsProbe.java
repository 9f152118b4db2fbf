package org.claimdesk.claim.internal;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** For benchmarks: the similar-claims statement exactly as the app runs it, with its values for one claim. */
@Component
public class SimilarClaimsProbe {

    private final ClaimRepository claims;

    SimilarClaimsProbe(ClaimRepository claims) {
        this.claims = claims;
    }

    public String sql() {
        return ClaimRepository.SIMILAR_EARLIER;
    }

    public Map<String, Object> params(UUID claimId, int limit) {
        ClaimRow claim = claims.find(claimId).orElseThrow();
        return ClaimRepository.similarEarlierParams(claim, claims.statementWords(claim.id()), Claims.CLOSE, limit);
    }
}
