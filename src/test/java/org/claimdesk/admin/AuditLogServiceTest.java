package org.claimdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimdesk.audit.AuditEntry;
import org.claimdesk.audit.AuditQuery;
import org.claimdesk.audit.AuditQueryException;
import org.claimdesk.audit.AuditReader;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.MutableClock;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit viewer's reading: filters, search, the CSV export, and that only admins read it. */
@ClaimDeskIntegrationTest
class AuditLogServiceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    AuditLogService auditLog;
    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    private String alice;
    private String bob;
    private String type;

    @BeforeEach
    void recordATrail() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        alice = "alice-" + run;
        bob = "bob-" + run;
        type = "test-" + run;
        record("2026-03-01T10:00:00Z", alice, "a1", "created", null, Map.of("title", "Kim Jong Un meets Lavrov"));
        record("2026-03-01T23:30:00Z", bob, "b2", "updated", Map.of("title", "Old"), Map.of("title", "50% more"));
        record("2026-03-02T12:00:00Z", alice, "c3", "updated", Map.of("count", 50), Map.of("count", 500));
        record("2026-03-05T08:00:00Z", bob, "=1+2", "deleted", Map.of("=cmd", "@SUM(A1)"), null);
        TestSignIn.signIn(context, "admin", "admin-demo");
    }

    @AfterEach
    void reset() {
        TestSignIn.signOut(context);
        clock.reset();
    }

    @Test
    void filtersByPersonTypeAndActionNewestFirst() {
        assertThat(ids(query(null, null, null, null))).containsExactly("=1+2", "c3", "b2", "a1");
        assertThat(ids(new AuditQuery(alice, type, null, null, null, null, ZoneOffset.UTC))).containsExactly("c3", "a1");
        assertThat(ids(new AuditQuery(null, type, "updated", null, null, null, ZoneOffset.UTC)))
                .containsExactly("c3", "b2");
        assertThat(auditLog.page(new AuditQuery(bob, type, null, null, null, null, ZoneOffset.UTC), 1, 1))
                .extracting(AuditEntry::entityId).containsExactly("b2");
    }

    @Test
    void datesAreWholeDaysInThePersonsTimeZoneBothEndsIncluded() {
        LocalDate second = LocalDate.of(2026, 3, 2);
        // 23:30 UTC on the 1st is already the 2nd in Berlin
        assertThat(ids(new AuditQuery(null, type, null, second, second, null, ZoneOffset.UTC))).containsExactly("c3");
        assertThat(ids(new AuditQuery(null, type, null, second, second, null, BERLIN))).containsExactly("c3", "b2");
        assertThat(ids(new AuditQuery(null, type, null, LocalDate.of(2026, 3, 1), null, null, ZoneOffset.UTC)))
                .hasSize(4);
        assertThat(ids(new AuditQuery(null, type, null, null, LocalDate.of(2026, 3, 1), null, ZoneOffset.UTC)))
                .containsExactly("b2", "a1");
    }

    @Test
    void aReversedDateRangeOrAnOverlongSearchIsRefusedWithAReason() {
        assertThatThrownBy(() -> new AuditQuery(null, null, null, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 1),
                null, ZoneOffset.UTC)).isInstanceOfSatisfying(AuditQueryException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("audit.filter.range-reversed"));
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, "x".repeat(201), ZoneOffset.UTC))
                .isInstanceOfSatisfying(AuditQueryException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("audit.filter.text-too-long"));
    }

    @Test
    void searchesTheValuesAnyCaseAndEntityIdsExactly() {
        assertThat(ids(query("kim jong"))).containsExactly("a1");
        assertThat(ids(query("LAVROV"))).containsExactly("a1");
        // like-wildcards are plain characters
        assertThat(ids(query("50%"))).containsExactly("b2");
        assertThat(ids(query("c3"))).containsExactly("c3");
        assertThat(ids(query("50"))).isEmpty(); // too short for a value search, and no entity has this id
        assertThat(ids(query("500"))).containsExactly("c3");
        assertThat(ids(query("no such words at all"))).isEmpty();
    }

    @Test
    void offersThePeopleTypesAndActionsThatOccur() {
        assertThat(auditLog.actors()).contains(alice, bob, "system").doesNotHaveDuplicates();
        AuditReader.Vocabulary vocabulary = auditLog.vocabulary();
        assertThat(vocabulary.entityTypes()).contains(type, "account").doesNotHaveDuplicates().isSorted();
        assertThat(vocabulary.actions()).contains("created", "updated", "deleted").doesNotHaveDuplicates().isSorted();
    }

    @Test
    void exportsTheFilteredSetAsCsvWithAByteOrderMarkAndNoFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        auditLog.exportCsv(new AuditQuery(null, type, null, null, null, null, ZoneOffset.UTC), out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).extracting(row -> row.get("entity_id")).containsExactly("'=1+2", "c3", "b2", "a1");
        CSVRecord deleted = rows.getFirst();
        assertThat(deleted.get("occurred_at")).isEqualTo("2026-03-05T08:00:00Z");
        assertThat(deleted.get("actor")).isEqualTo(bob);
        assertThat(deleted.get("changes")).isEqualTo("'=cmd: @SUM(A1) → ");
        assertThat(deleted.get("before")).isEqualTo("{\"=cmd\": \"@SUM(A1)\"}");
        assertThat(rows.get(2).get("changes")).isEqualTo("title: Old → 50% more");
        assertThat(rows.get(3).get("after")).contains("Kim Jong Un");
    }

    @Test
    void aLargeExportIsComplete() throws Exception {
        String many = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 1_200; i++) {
                audit.recordAs("bulk", many, "e" + i, "created", null, Map.of("n", i));
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        auditLog.exportCsv(new AuditQuery(null, many, null, null, null, null, ZoneOffset.UTC), out);

        assertThat(out.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(1_201);
    }

    @Test
    void onlyAdminsReadTheTrail() {
        TestSignIn.signIn(context, "editor", "editor-demo");

        AuditQuery everything = AuditQuery.everything(ZoneOffset.UTC);
        assertThatThrownBy(() -> auditLog.page(everything, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.exportCsv(everything, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.actors()).isInstanceOf(AccessDeniedException.class);
    }

    private AuditQuery query(String text) {
        return query(null, null, null, text);
    }

    private AuditQuery query(String actor, LocalDate from, LocalDate to, String text) {
        return new AuditQuery(actor, type, null, from, to, text, ZoneOffset.UTC);
    }

    private List<String> ids(AuditQuery query) {
        return auditLog.page(query, 0, 50).stream().map(AuditEntry::entityId).toList();
    }

    private void record(String at, String actor, String id, String action, Object before, Object after) {
        clock.set(Instant.parse(at));
        transaction.executeWithoutResult(status -> audit.recordAs(actor, type, id, action, before, after));
    }
}
