package org.claimdesk.article;

import java.util.UUID;

/** The article an import leads to, and whether it was on the desk already (same URL or same text). */
public record ImportResult(UUID articleId, boolean alreadyImported) {
}
