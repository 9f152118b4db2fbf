/** How a report is read (one streamed query) and written (CSV, JSON, PDF). */
@NullMarked
package org.claimdesk.publishing.report.internal;

import org.jspecify.annotations.NullMarked;
