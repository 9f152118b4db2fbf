/** The discussion as a tab of the claim page: the thread, and for reviewers the controls to take part. */
@NullMarked
package org.claimdesk.discussion.ui;

import org.jspecify.annotations.NullMarked;
