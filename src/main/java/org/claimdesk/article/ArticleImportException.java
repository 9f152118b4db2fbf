package org.claimdesk.article;

import java.util.List;

/** An import that cannot be done, with a translatable message key that says why. */
public class ArticleImportException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public ArticleImportException(String messageKey, Object... arguments) {
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
