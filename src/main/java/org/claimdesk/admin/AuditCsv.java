package org.claimdesk.admin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimdesk.audit.AuditDiff;
import org.claimdesk.audit.AuditEntry;
import org.jspecify.annotations.Nullable;

/**
 * Audit entries as RFC 4180 CSV. A cell that a spreadsheet would take for a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so that recorded text can never
 * run as a formula on the admin's machine (OWASP "CSV injection").
 */
final class AuditCsv implements AutoCloseable {

    static final String[] HEADER = {"occurred_at", "actor", "entity_type", "entity_id", "action", "changes", "before",
            "after"};
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;

    AuditCsv(OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    void write(AuditEntry entry) {
        try {
            printer.printRecord(entry.occurredAt().toString(), safe(entry.actor()), safe(entry.entityType()),
                    safe(entry.entityId()), safe(entry.action()), safe(changes(entry)), safe(entry.before()),
                    safe(entry.after()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String changes(AuditEntry entry) {
        return AuditDiff.of(entry).stream()
                .map(change -> change.field() + ": " + change.before() + " → " + change.after())
                .collect(Collectors.joining("; "));
    }

    static String safe(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
