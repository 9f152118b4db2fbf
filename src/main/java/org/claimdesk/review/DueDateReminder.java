package org.claimdesk.review;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An open claim's due date is near ({@code overdue} false: due today or tomorrow) or past. Published by
 * the review module's daily sweep, at most once per claim, due date and kind.
 */
public record DueDateReminder(UUID claimId, String statement, long assigneeAccountId, LocalDate dueOn,
        boolean overdue) {
}
