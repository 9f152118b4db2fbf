package org.claimdesk.publishing.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/**
 * Writes one format. It reads each claim once, in order, and keeps only what it must (for the PDF, the
 * claims of one chunk): the iterator is backed by an open database cursor. It leaves {@code out} open.
 */
public interface ReportWriter {

    void write(ReportHeader header, Iterator<ReportClaim> claims, OutputStream out) throws IOException;
}
