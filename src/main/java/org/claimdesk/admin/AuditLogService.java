package org.claimdesk.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.claimdesk.audit.AuditEntry;
import org.claimdesk.audit.AuditQuery;
import org.claimdesk.audit.AuditReader;
import org.claimdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail for admins: filtered pages for the viewer and the same filtered set as a streamed CSV. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.HAS_ADMIN)
public class AuditLogService {

    private final AuditReader reader;

    AuditLogService(AuditReader reader) {
        this.reader = reader;
    }

    /** Matching entries, newest first. */
    public List<AuditEntry> page(AuditQuery query, int offset, int limit) {
        return reader.page(query, offset, limit);
    }

    public List<String> actors() {
        return reader.actors();
    }

    /** The kinds of entity and the actions the trail holds, for the filters. */
    public AuditReader.Vocabulary vocabulary() {
        return reader.vocabulary();
    }

    /**
     * Writes every matching entry as CSV (UTF-8 with a byte-order mark, so that spreadsheets read it as
     * UTF-8), row by row as the database hands them over.
     */
    public void exportCsv(AuditQuery query, OutputStream out) {
        try (AuditCsv csv = new AuditCsv(out)) {
            reader.forEach(query, csv::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
