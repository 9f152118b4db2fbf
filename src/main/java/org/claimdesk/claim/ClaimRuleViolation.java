package org.claimdesk.claim;

import org.claimdesk.i18n.TranslatableException;

/** A request about claims, sources or verdicts that breaks a rule; the message key says which. */
public class ClaimRuleViolation extends TranslatableException {

    public ClaimRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
