package org.claimdesk.publishing.claimreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.publishing.claimreview.VerdictMatch.Basis;
import org.junit.jupiter.api.Test;

/** The label maps as the rows of the desk's mapping table, and the same tables made from those rows. */
class LabelMappingRowsTest {

    private final VerdictLabels defaults = VerdictLabels.defaults();

    @Test
    void theDefaultsAsRowsPlaceEveryLabelAsTheDefaultsDo() {
        List<LabelMapping> rows = defaults.mappings();
        VerdictLabels fromRows = VerdictLabels.of(rows);

        assertThat(rows).hasSizeGreaterThan(500).noneMatch(LabelMapping::edited);
        assertThat(rows).contains(new LabelMapping("politifact.com", "pants on fire", "FALSE", false),
                new LabelMapping("politifact.com", "full flop", null, false),
                new LabelMapping("", "misleading", "MISLEADING", false));
        for (LabelMapping row : rows) {
            URI site = row.site().isEmpty() ? null : URI.create("https://www." + row.site() + "/check");
            ImportedRating rating = new ImportedRating(BigDecimal.ONE, null, null, row.labelKey());
            assertThat(fromRows.match(rating, site)).as(row.toString()).isEqualTo(defaults.match(rating, site));
        }
        for (String fixture : ClaimReviewFixtures.FACT_CHECKERS) {
            ImportedReview review = new ClaimReviewReader().read(ClaimReviewFixtures.text(fixture)).getFirst();
            assertThat(fromRows.match(review)).as(fixture).isEqualTo(defaults.match(review));
        }
    }

    @Test
    void anEditedRowDecidesAndSaysSo() {
        List<LabelMapping> rows = new ArrayList<>(defaults.mappings());
        rows.removeIf(row -> row.site().equals("politifact.com") && row.labelKey().equals("pants on fire"));
        rows.add(new LabelMapping("politifact.com", "pants on fire", "MISLEADING", true));
        rows.add(new LabelMapping("", VerdictLabels.keyOf("錯誤"), "FALSE", true));
        VerdictLabels edited = VerdictLabels.of(rows);

        assertThat(edited.match(label("Pants on Fire!"), URI.create("https://www.politifact.com/x")))
                .isEqualTo(new VerdictMatch("MISLEADING", Basis.EDITED_MAPPING));
        assertThat(edited.match(label("Pants on Fire!"), URI.create("https://example.org/x")))
                .isEqualTo(new VerdictMatch("FALSE", Basis.KNOWN_LABEL)); // other sites keep the common meaning
        assertThat(edited.match(label("錯誤"), URI.create("https://tfc-taiwan.org.tw/articles/7177")))
                .isEqualTo(new VerdictMatch("FALSE", Basis.EDITED_MAPPING));
    }

    @Test
    void aRowForEverySiteWithoutRatingLeavesTheVerdictToTheValue() {
        VerdictLabels rows = VerdictLabels.of(List.of(new LabelMapping("", "false", null, true)));

        assertThat(rows.match(new ImportedRating(BigDecimal.valueOf(5), null, null, "False"), null))
                .isEqualTo(new VerdictMatch("TRUE", Basis.RATING_VALUE));
    }

    @Test
    void rowsMustNameRatingCodes() {
        assertThatThrownBy(() -> VerdictLabels.of(List.of(new LabelMapping("", "falso", "false", true))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sitesAreWrittenAsTheirDomain() {
        assertThat(VerdictLabels.siteOf("https://www.PolitiFact.com/factchecks/2020/")).isEqualTo("politifact.com");
        assertThat(VerdictLabels.siteOf(" fr.africacheck.org ")).isEqualTo("fr.africacheck.org");
        assertThat(VerdictLabels.siteOf("  ")).isEmpty();
        assertThatThrownBy(() -> VerdictLabels.siteOf("not a site")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VerdictLabels.siteOf("javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ImportedRating label(String label) {
        return new ImportedRating(null, null, null, label);
    }
}
