/**
 * Comments on claims, in threads, with {@code @username} mentions. Builds on the claim module.
 */
@NullMarked
package org.claimdesk.discussion;

import org.jspecify.annotations.NullMarked;
