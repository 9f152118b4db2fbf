package org.claimdesk.insight;

import org.claimdesk.i18n.TranslatableException;

/** A search or a merge that cannot be done as asked; the message key says why. */
public class InsightRuleViolation extends TranslatableException {

    public InsightRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
