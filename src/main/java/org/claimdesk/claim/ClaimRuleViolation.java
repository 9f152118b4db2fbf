package org.claimdesk.claim;

import java.util.List;

/** A request about claims, sources or verdicts that breaks a rule; the message key says which. */
public class ClaimRuleViolation extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public ClaimRuleViolation(String messageKey, Object... arguments) {
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
