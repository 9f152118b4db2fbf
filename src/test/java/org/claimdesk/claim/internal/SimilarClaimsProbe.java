package org.claimdesk.claim.internal;

import java.util.List;
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

    /** The statement and its values, as {@code ClaimRepository.similarEarlier} would run them for the claim. */
    public Map.Entry<String, Map<String, Object>> statement(UUID claimId, int limit) {
        ClaimRow claim = claims.find(claimId).orElseThrow();
        StatementWords words = claims.statementWords(claim.id());
        long estimated = claims.estimatedClaims();
        List<String> pairs = estimated < ClaimRepository.LARGE_DESK ? List.of() : words.candidatePairs(estimated);
        return Map.entry(ClaimRepository.similarEarlierSql(pairs.size()),
                ClaimRepository.similarEarlierParams(claim, words, pairs, Claims.CLOSE, limit));
    }
}
