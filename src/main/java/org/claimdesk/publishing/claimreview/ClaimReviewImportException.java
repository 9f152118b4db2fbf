package org.claimdesk.publishing.claimreview;

import java.io.Serial;
import org.claimdesk.i18n.TranslatableException;

/**
 * Nothing could be imported from what was given. The message key says why in words for the person
 * importing, e.g. that the text is not JSON or holds no ClaimReview; no stack trace is meant for them.
 */
public class ClaimReviewImportException extends TranslatableException {

    /** Why the import gave up. */
    public enum Reason {
        /** "There is nothing to import." */
        EMPTY("publishing.claimreview.import.empty"),
        /** "The input is larger than {0} MB. Import one page or a smaller part of the feed." */
        TOO_LARGE("publishing.claimreview.import.too-large"),
        /** "This is neither JSON-LD nor a web page; ClaimDesk could not read it." */
        NOT_JSON("publishing.claimreview.import.not-json"),
        /** "The JSON is broken at line {0}, column {1}: {2}" */
        MALFORMED_JSON("publishing.claimreview.import.malformed-json"),
        /** "No ClaimReview was found in it." */
        NO_CLAIM_REVIEW("publishing.claimreview.import.no-claim-review"),
        /** "The ClaimReviews in it name no claim (claimReviewed is empty)." */
        NO_CLAIM_REVIEWED("publishing.claimreview.import.no-claim-reviewed"),
        /** "It holds more than {0} ClaimReviews. Import it in parts of at most {0}." */
        TOO_MANY_REVIEWS("publishing.claimreview.import.too-many-reviews");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    @Serial
    private static final long serialVersionUID = 1L;

    private final Reason reason;

    ClaimReviewImportException(Reason reason, Object... arguments) {
        super(reason.messageKey(), arguments);
        this.reason = reason;
    }

    /** The input is larger than the reader takes, found out before it was all read (e.g. an HTTP body). */
    public static ClaimReviewImportException tooLarge() {
        return new ClaimReviewImportException(Reason.TOO_LARGE, JsonLdInput.MAX_MEGABYTES);
    }

    /** The most bytes an input may have: 5 MB. */
    public static int maxBytes() {
        return JsonLdInput.MAX_MEGABYTES * 1024 * 1024;
    }

    public Reason reason() {
        return reason;
    }
}
