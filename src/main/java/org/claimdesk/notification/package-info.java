/**
 * Notifications: what a person should know about (a claim given to them, their proposed verdict
 * approved or rejected, a mention in a comment, a due date near or past), shown under the bell in the
 * header and, where an SMTP server is configured, sent by e-mail. Reacts to the review and discussion
 * modules' events in their transactions; nothing depends on this module.
 */
@NullMarked
package org.claimdesk.notification;

import org.jspecify.annotations.NullMarked;
