package org.claimdesk.security;

import org.claimdesk.i18n.TranslatableException;

/**
 * A request about an account broke a rule (a too short password, a taken user name, …). The message key
 * and its arguments are translated by the UI, so the person learns exactly what to change.
 */
public class AccountRuleViolation extends TranslatableException {

    public AccountRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
