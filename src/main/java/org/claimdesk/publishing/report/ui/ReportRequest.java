package org.claimdesk.publishing.report.ui;

import java.util.Locale;
import org.claimdesk.publishing.report.ReportFormat;
import org.claimdesk.publishing.report.ReportScope;

/** What the screen asks for at the moment: read by the download, which runs outside the UI's lock. */
record ReportRequest(ReportScope scope, ReportFormat format, Locale language) {
}
