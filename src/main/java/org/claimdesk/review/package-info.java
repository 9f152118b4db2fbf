/**
 * The review workflow: each claim's state (Draft, In research, Verdict proposed, Published, Correction in
 * progress, Archived) in one state machine, assignment and due dates, the queues, four-eyes approval,
 * published verdicts and their corrections, and re-check dates. Builds on the claim module.
 */
@NullMarked
package org.claimdesk.review;

import org.jspecify.annotations.NullMarked;
