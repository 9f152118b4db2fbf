package org.claimdesk.discussion;

import org.claimdesk.i18n.TranslatableException;

/** A comment that may not be posted, changed or removed as asked; the message key says why. */
public class CommentRuleViolation extends TranslatableException {

    public CommentRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
