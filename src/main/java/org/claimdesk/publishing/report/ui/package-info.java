/** The Reports screen: a scope, a format, how many claims it holds, and the streamed download. */
@NullMarked
package org.claimdesk.publishing.report.ui;

import org.jspecify.annotations.NullMarked;
