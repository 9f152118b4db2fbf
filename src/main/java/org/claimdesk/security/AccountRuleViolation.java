package org.claimdesk.security;

import java.util.List;

/**
 * A request about an account broke a rule (a too short password, a taken user name, …). The message key
 * and its arguments are translated by the UI, so the person learns exactly what to change.
 */
public class AccountRuleViolation extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public AccountRuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
