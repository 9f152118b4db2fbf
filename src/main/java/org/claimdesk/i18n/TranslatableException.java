package org.claimdesk.i18n;

import java.util.List;

/**
 * A refusal meant for a person: its message is a translation key with arguments, so the UI can say in
 * the person's language exactly what to change. The key doubles as the exception message for logs.
 */
public abstract class TranslatableException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    protected TranslatableException(String messageKey, Object... arguments) {
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
