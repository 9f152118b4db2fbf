package org.claimdesk.admin.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimdesk.audit.AuditEntry;
import org.claimdesk.security.AccountAdministrationService;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each audit entry's entity lives in the app: a claim's page (its verdict and review share the
 * claim's id), an article's reader, an account's admin page, the rating scale; a source or a suggestion
 * leads to the claim named in its values. Entries whose entity has no page of its own get no link.
 */
final class AuditLinks {

    private static final Set<String> ON_CLAIM_PAGE = Set.of("claim", "verdict", "review");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditLinks() {
    }

    /** Links for a page of entries, by entry id; accounts are looked up together, in one query. */
    static Map<Long, String> of(List<AuditEntry> entries, AccountAdministrationService accounts) {
        Set<String> usernames = entries.stream().filter(entry -> "account".equals(entry.entityType()))
                .map(AuditEntry::entityId).collect(Collectors.toSet());
        Map<String, UUID> accountIds = usernames.isEmpty() ? Map.of() : accounts.publicIdsOf(usernames);
        Map<Long, String> links = new HashMap<>();
        for (AuditEntry entry : entries) {
            String link = link(entry, accountIds);
            if (link != null) {
                links.put(entry.id(), link);
            }
        }
        return links;
    }

    static @Nullable String link(AuditEntry entry, Map<String, UUID> accountIds) {
        String type = entry.entityType();
        if (ON_CLAIM_PAGE.contains(type)) {
            return uuid(entry.entityId()).map(id -> "claims/" + id).orElse(null);
        }
        return switch (type) {
            case "article" -> uuid(entry.entityId()).map(id -> "articles/" + id).orElse(null);
            case "account" -> Optional.ofNullable(accountIds.get(entry.entityId()))
                    .map(id -> "admin/users/" + id).orElse(null);
            case "rating" -> "admin/ratings";
            default -> claimNamedIn(entry.after()).or(() -> claimNamedIn(entry.before()))
                    .map(id -> "claims/" + id).orElse(null);
        };
    }

    private static Optional<UUID> claimNamedIn(@Nullable String json) {
        if (json == null) {
            return Optional.empty();
        }
        JsonNode claim = JSON.readTree(json).get("claim");
        return claim != null && claim.isString() ? uuid(claim.asString()) : Optional.empty();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
