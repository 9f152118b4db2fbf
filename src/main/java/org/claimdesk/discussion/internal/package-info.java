/**
 * How the discussion is stored and its rules applied: SQL for {@code comment}, the rules of posting,
 * editing and deleting, and finding {@code @mentions} in a body.
 */
@NullMarked
package org.claimdesk.discussion.internal;

import org.jspecify.annotations.NullMarked;
