package org.claimdesk.article;

import org.claimdesk.i18n.TranslatableException;

/** An import that cannot be done, with a translatable message key that says why. */
public class ArticleImportException extends TranslatableException {

    public ArticleImportException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
