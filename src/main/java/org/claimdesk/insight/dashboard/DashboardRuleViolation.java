package org.claimdesk.insight.dashboard;

import org.claimdesk.i18n.TranslatableException;

/** A dashboard request that cannot be answered as asked, such as a reversed date range. */
public class DashboardRuleViolation extends TranslatableException {

    public DashboardRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
