package org.claimdesk.audit;

import org.claimdesk.i18n.TranslatableException;

/** A request to read the audit trail that cannot be answered as asked, e.g. a date range that ends before it starts. */
public class AuditQueryException extends TranslatableException {

    public AuditQueryException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
