package org.claimdesk.claim.internal;

import java.util.List;
import java.util.Locale;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimRuleViolation;

/** The rules a claim's own fields must meet, whoever writes them. */
final class ClaimDrafts {

    static final int MAX_STATEMENT = 2000;

    private ClaimDrafts() {
    }

    static ClaimDraft checked(ClaimDraft draft) {
        String statement = draft.statement().strip();
        if (statement.isEmpty()) {
            throw new ClaimRuleViolation("claim.statement.empty");
        }
        if (statement.length() > MAX_STATEMENT) {
            throw new ClaimRuleViolation("claim.statement.too-long", MAX_STATEMENT);
        }
        if (draft.claimDate() != null && draft.asOfDate() != null && draft.asOfDate().isBefore(draft.claimDate())) {
            throw new ClaimRuleViolation("claim.as-of.before-claim-date");
        }
        List<String> tags = draft.tags().stream()
                .map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .toList();
        if (tags.stream().anyMatch(tag -> tag.length() > 40)) {
            throw new ClaimRuleViolation("claim.tag.too-long", 40);
        }
        String claimant = draft.claimant() == null || draft.claimant().isBlank() ? null : draft.claimant().strip();
        if (claimant != null && claimant.length() > 300) {
            throw new ClaimRuleViolation("claim.claimant.too-long", 300);
        }
        return new ClaimDraft(statement, claimant, draft.claimDate(), draft.asOfDate(), tags, draft.priority());
    }
}
