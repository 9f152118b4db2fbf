/** The review workflow's screens: the queues, and the workflow panel on each claim's page. */
@NullMarked
package org.claimdesk.review.ui;

import org.jspecify.annotations.NullMarked;
