package org.claimdesk.publishing.report;

import org.claimdesk.i18n.TranslatableException;

/**
 * A report that cannot be written as asked: unpublished states for a role that may not see them, a
 * reversed date range, a scope without claims, an unknown format. Nothing has been written when it is
 * thrown.
 */
public class ReportRefused extends TranslatableException {

    public ReportRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
