package org.claimdesk.claim;

import java.util.List;
import java.util.UUID;
import org.claimdesk.claim.internal.Suggestions;
import org.claimdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Check-worthy sentences proposed for an article: a reviewer accepts one as a claim or dismisses it. */
@Service
@Transactional
public class SuggestionService {

    private final Suggestions suggestions;

    SuggestionService(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    /** The article's suggestions nobody has decided on yet, in reading order. */
    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public List<SuggestedSentence> openIn(UUID articleId) {
        return suggestions.openIn(articleId);
    }

    /** Makes the sentence a claim, anchored where it stands. */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public UUID accept(long suggestionId, ClaimDraft draft) {
        return suggestions.accept(suggestionId, draft);
    }

    @PreAuthorize(Roles.HAS_REVIEWER)
    public void dismiss(long suggestionId) {
        suggestions.dismiss(suggestionId);
    }
}
