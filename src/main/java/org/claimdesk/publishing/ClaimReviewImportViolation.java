package org.claimdesk.publishing;

import java.io.Serial;
import org.claimdesk.i18n.TranslatableException;

/** A change to ClaimReview import settings (the verdict label mapping) that breaks a rule, said in words. */
public class ClaimReviewImportViolation extends TranslatableException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ClaimReviewImportViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
