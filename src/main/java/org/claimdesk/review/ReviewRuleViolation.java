package org.claimdesk.review;

import org.claimdesk.i18n.TranslatableException;

/** A workflow step refused, with the reason as a translation key: nothing was changed. */
public class ReviewRuleViolation extends TranslatableException {

    public ReviewRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
