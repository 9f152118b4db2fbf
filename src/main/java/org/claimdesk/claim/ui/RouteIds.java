package org.claimdesk.claim.ui;

import java.util.Optional;
import java.util.UUID;

/** Public ids in addresses: anything that is not a UUID leads to the not-found view, never to an error. */
final class RouteIds {

    private RouteIds() {
    }

    static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
