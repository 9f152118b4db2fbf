package org.claimdesk.review;

import java.util.List;
import java.util.UUID;

/**
 * A last check before a verdict is published, implemented by modules that publish it onwards (the
 * ClaimReview validator). Asked inside the approving transaction; any problem stops the approval.
 */
public interface PublicationCheck {

    /** What would be wrong with publishing the claim's current verdict, in plain words; empty if nothing. */
    List<String> problems(UUID claimId);
}
