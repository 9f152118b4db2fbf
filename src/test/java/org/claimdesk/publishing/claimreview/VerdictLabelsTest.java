package org.claimdesk.publishing.claimreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import org.claimdesk.publishing.claimreview.VerdictMatch.Basis;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictLabelsTest {

    private final VerdictLabels labels = VerdictLabels.defaults();

    /** Real labels: the fixtures' own, then labels of the x-fact sites' maps as those sites write them. */
    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // fixtures
        "False                  | factcheck.afp.com      | FALSE",
        "Incorrect              | africacheck.org        | FALSE",
        "não_é_bem_assim        | aosfatos.org           | MIXED",
        "Falso.                 | verifica.efe.com       | FALSE",
        "Half true              | www.indiatoday.in      | MIXED",
        // x-fact site maps, on their own sites
        "Pants on Fire!         | www.politifact.com     | FALSE",
        "Half-True              | www.politifact.com     | MIXED",
        "Mostly True            | www.politifact.com     | MOSTLY_TRUE",
        "Falso                  | chequeado.com          | FALSE",
        "Engañoso               | chequeado.com          | MISLEADING",
        "'Verdadero, pero…'     | chequeado.com          | MOSTLY_TRUE",
        "Inchequeable           | chequeado.com          | UNVERIFIABLE",
        "Exagerado              | chequeado.com          | MISLEADING",
        "non prouvé             | fr.africacheck.org     | UNVERIFIABLE",
        "sous-estimé/exagéré    | fr.africacheck.org     | MISLEADING",
        "globalement correct    | fr.africacheck.org     | MOSTLY_TRUE",
        "Trunchiat              | www.factual.ro         | MISLEADING",
        "Parțial Adevărat       | www.factual.ro         | MIXED",
        "yanlış                 | teyit.org              | FALSE",
        "nieweryfikowalne       | demagog.org.pl         | UNVERIFIABLE",
        "MISSING_CONTEXT        | correctiv.org          | MISLEADING",
        "partly_false           | correctiv.org          | MIXED",
        "ნახევრად სიმართლე      | factcheck.ge           | MIXED",
        "полуправда             | factcheck.kz           | MIXED",
        "زائف                   | misbar.com             | FALSE",
        // common labels, whatever the site
        "Misleading             | -                      | MISLEADING",
        "Mostly True            | -                      | MOSTLY_TRUE",
        "Unproven               | -                      | UNVERIFIABLE",
        "Mostly false           | -                      | MOSTLY_FALSE",
        "TRUE                   | -                      | TRUE",
        "Fake                   | -                      | FALSE",
        "Out of context         | -                      | MISLEADING",
        "Pants on Fire          | -                      | FALSE"})
    void realLabelsMeetTheirRating(String label, @Nullable String host, String code) {
        URI reviewUrl = host == null ? null : URI.create("https://" + host + "/fact-check");

        assertThat(labels.match(labelOnly(label), reviewUrl).ratingCode()).isEqualTo(code);
    }

    @Test
    void aSitesOwnLabelIsFoundByItsDomainAndParentDomains() {
        VerdictMatch onSubdomain = labels.match(labelOnly("half flip"), URI.create("https://en.politifact.com/x"));
        VerdictMatch onSite = labels.match(labelOnly("Half-True"), URI.create("https://www.politifact.com/x"));

        assertThat(onSite).isEqualTo(new VerdictMatch("MIXED", Basis.SITE_LABEL));
        assertThat(onSubdomain.basis()).isNotEqualTo(Basis.SITE_LABEL); // "half flip" names no verdict
    }

    @Test
    void anUnknownLabelFallsBackToTheRatingValuesPlace() {
        assertThat(labels.match(new ImportedRating(number(1), number(6), number(1), "Tom-pantsonfire"), null))
                .isEqualTo(new VerdictMatch("FALSE", Basis.RATING_VALUE));
        assertThat(labels.match(new ImportedRating(number(3), number(5), number(1), null), null))
                .isEqualTo(new VerdictMatch("MIXED", Basis.RATING_VALUE));
        assertThat(labels.match(new ImportedRating(number(5), null, null, "Correct-ish"), null))
                .isEqualTo(new VerdictMatch("TRUE", Basis.RATING_VALUE));
    }

    @Test
    void anUnknownLabelWithoutValueIsUnverifiableAndNotRecognised() {
        ImportedRating tfcTaiwan = new ImportedRating(null, number(5), number(1), "錯誤");
        ImportedRating twentyMinutes = new ImportedRating(null, null, null, "really_false");

        VerdictMatch match = labels.match(tfcTaiwan, URI.create("https://tfc-taiwan.org.tw/articles/7177"));

        assertThat(match).isEqualTo(new VerdictMatch("UNVERIFIABLE", Basis.NOT_RECOGNISED));
        assertThat(match.recognised()).isFalse();
        assertThat(labels.match(twentyMinutes, null).recognised()).isFalse();
    }

    @Test
    void aLabelThatNamesNoVerdictIsLeftToTheRatingValue() {
        assertThat(labels.match(labelOnly("satire"), null).basis()).isEqualTo(Basis.NOT_RECOGNISED);
        assertThat(labels.match(new ImportedRating(number(1), number(5), number(1), "Full Flop"),
                URI.create("https://www.politifact.com/x"))).isEqualTo(new VerdictMatch("FALSE", Basis.RATING_VALUE));
    }

    @Test
    void aLabelTheSourcesDisagreeOnIsLeftToTheRatingValue() {
        // master_mapping.tsv puts "incomplete" both in partly true/misleading and in other
        assertThat(labels.match(labelOnly("incomplete"), null).basis()).isEqualTo(Basis.NOT_RECOGNISED);
    }

    @Test
    void theEditedMappingWinsOverEverything() {
        VerdictLabels edited = labels.withEditedMapping(Map.of("錯誤", "FALSE", "pants on fire", "MISLEADING"));

        assertThat(edited.match(labelOnly("錯誤"), null)).isEqualTo(new VerdictMatch("FALSE", Basis.EDITED_MAPPING));
        assertThat(edited.match(labelOnly("Pants on Fire!"), URI.create("https://www.politifact.com/x")))
                .isEqualTo(new VerdictMatch("MISLEADING", Basis.EDITED_MAPPING));
        assertThat(labels.match(labelOnly("錯誤"), null).recognised()).isFalse(); // the defaults are unchanged
    }

    @Test
    void anEditedMappingMustNameRatingCodes() {
        assertThatThrownBy(() -> labels.withEditedMapping(Map.of("Falso", "false")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void importedReviewsAreMatchedWithTheirSite() {
        ImportedReview efe = new ClaimReviewReader()
                .read(ClaimReviewFixtures.text("efe_verifica_raw.jsonld")).getFirst();

        assertThat(labels.match(efe)).isEqualTo(new VerdictMatch("FALSE", Basis.KNOWN_LABEL));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Pants on Fire!      | pants on fire",
        "PANTS-ON-FIRE       | pants on fire",
        "não_é_bem_assim     | nao e bem assim",
        "'Verdadero, pero…'  | verdadero pero",
        "Parțial Adevărat    | partial adevarat",
        "  Falso.            | falso"})
    void labelsAreComparedWithoutCaseAccentsOrPunctuation(String label, String key) {
        assertThat(LabelKey.of(label)).isEqualTo(key);
    }

    @Test
    void marksOfOtherScriptsStayPartOfTheLetters() {
        assertThat(LabelKey.of("भ्रामक")).isEqualTo("भ्रामक"); // Hindi "misleading": its signs are marks
    }

    private static ImportedRating labelOnly(String label) {
        return new ImportedRating(null, null, null, label);
    }

    private static BigDecimal number(int value) {
        return BigDecimal.valueOf(value);
    }
}
