package org.claimdesk.claim;

import java.util.List;

/**
 * A sentence the check-worthiness suggester proposed: where it stands, how check-worthy it looks (0–1)
 * and why (reason codes, translated as {@code suggestion.reason.<CODE>}).
 */
public record SuggestedSentence(long id, int start, int end, String sentence, double score, List<String> reasons) {
}
