package org.claimdesk.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditParametersTest {

    @Test
    void filtersRoundTripThroughTheAddress() {
        AuditParameters filters = new AuditParameters("editor", "claim", "updated", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), "Kim Jong");

        assertThat(filters.toQuery().getParameters()).isEqualTo(Map.of("user", List.of("editor"),
                "type", List.of("claim"), "action", List.of("updated"), "from", List.of("2026-11-01"),
                "to", List.of("2026-11-30"), "q", List.of("Kim Jong")));
        assertThat(AuditParameters.parse(filters.toQuery())).isEqualTo(filters);
    }

    @Test
    void whatDoesNotParseIsIgnored() {
        AuditParameters parsed = AuditParameters.parse(QueryParameters.simple(Map.of("from", "yesterday",
                "to", "2026-13-45", "q", "  ", "user", "admin")));

        assertThat(parsed).isEqualTo(new AuditParameters("admin", null, null, null, null, null));
    }

    @Test
    void aReversedRangeIsKeptToBeShownAsAMistake() {
        AuditParameters parsed = AuditParameters.parse(QueryParameters.simple(Map.of("from", "2026-11-30",
                "to", "2026-11-01")));

        assertThat(parsed.reversed()).isTrue();
    }
}
