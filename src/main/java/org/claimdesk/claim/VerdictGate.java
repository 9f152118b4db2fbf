package org.claimdesk.claim;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether a verdict may be proposed for a claim right now. The review workflow implements it: a claim
 * that is published, archived or already awaiting approval takes no new proposal. The claim module asks
 * it before showing the verdict form and again, whatever the UI sent, before saving.
 */
public interface VerdictGate {

    /** @return empty if a proposal is welcome, else the translation key of the reason it is not */
    Optional<String> refusal(UUID claimId);
}
