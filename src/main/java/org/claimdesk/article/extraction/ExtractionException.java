package org.claimdesk.article.extraction;

import java.io.Serial;

/**
 * No article could be made of the input. The reason's message key is translated by the UI, so the person
 * importing learns why, e.g. that the page holds no article text.
 */
public class ExtractionException extends RuntimeException {

    /** Why extraction gave up. */
    public enum Reason {
        /** The page or pasted text holds no readable article text. */
        NO_TEXT("article.extraction.no-text");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    @Serial
    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public ExtractionException(Reason reason) {
        super(reason.messageKey());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }
}
