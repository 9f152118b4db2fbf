package org.claimdesk.publishing.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.claimdesk.claim.Rating;
import org.claimdesk.claim.RatingScaleService;
import org.claimdesk.publishing.ClaimReviewImportService;
import org.claimdesk.publishing.ClaimReviewSamples;
import org.claimdesk.publishing.ExternalReview;
import org.claimdesk.publishing.LabelMappingRow;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/** Editors read and change the verdict label mapping; a change remaps the drafts imported with that label. */
class LabelMappingViewTest extends KaribuTest {

    @Autowired
    ClaimReviewImportService imports;
    @Autowired
    RatingScaleService ratings;

    @Test
    void anEditorFindsALabelAndChangesWhatItMeans() {
        signInAs("editor");
        UI.getCurrent().navigate("claimreviews/labels");
        Grid<LabelMappingRow> grid = grid();
        assertThat(_size(grid)).isGreaterThan(500);

        _setValue(_get(TextField.class, spec -> spec.withId("label-mapping-filter")), "Engañoso");
        assertThat(_size(grid)).isPositive();
        LabelMappingRow engañoso = _get(grid, 0);
        assertThat(engañoso.labelKey()).isEqualTo("enganoso");

        _clickItem(grid, 0);
        assertThat(_get(TextField.class, spec -> spec.withId("label-mapping-label")).isReadOnly()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("save-label-mapping")));

        expectNotifications("Saved. Imported claims remapped: 0.");
        assertThat(_get(grid, 0).edited()).isTrue();
    }

    @Test
    void addingAMappingRemapsTheDraftsImportedWithThatLabel() {
        String label = "Quokka call " + Long.toString(System.nanoTime(), 36);
        signInAs("reviewer");
        UUID claimId = imports.importClaimReviews(ClaimReviewSamples.changed("tfc_taiwan_raw.jsonld", review -> {
            review.put("url", "https://example.org/quokka/" + UUID.randomUUID());
            ((ObjectNode) review.get("reviewRating")).put("alternateName", label);
        })).items().getFirst().claimId();
        signInAs("editor");
        UI.getCurrent().navigate("claimreviews/labels");

        _click(_get(Button.class, spec -> spec.withId("add-label-mapping")));
        _setValue(_get(TextField.class, spec -> spec.withId("label-mapping-label")), label);
        @SuppressWarnings("unchecked")
        ComboBox<Rating> rating = _get(ComboBox.class, spec -> spec.withId("label-mapping-rating"));
        _setValue(rating, ratings.scale().stream().filter(each -> each.code().equals("MOSTLY_FALSE")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("save-label-mapping")));

        expectNotifications("Saved. Imported claims remapped: 1.");
        ExternalReview review = imports.externalReviews(claimId).getFirst();
        assertThat(review.mappedRating().code()).isEqualTo("MOSTLY_FALSE");
        _setValue(_get(TextField.class, spec -> spec.withId("label-mapping-filter")), label);
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(grid(), 0).ratingLabel()).isEqualTo("Mostly false");
    }

    @Test
    void aSiteThatIsNoDomainIsRefusedInWords() {
        signInAs("editor");
        UI.getCurrent().navigate("claimreviews/labels");

        _click(_get(Button.class, spec -> spec.withId("add-label-mapping")));
        _setValue(_get(TextField.class, spec -> spec.withId("label-mapping-label")), "Falso");
        _setValue(_get(TextField.class, spec -> spec.withId("label-mapping-site")), "my favourite site");
        _click(_get(Button.class, spec -> spec.withId("save-label-mapping")));

        expectNotifications("\"my favourite site\" is no site's domain; write it as politifact.com, or leave it "
                + "empty for every site.");
    }

    @Test
    void aReviewerCannotOpenIt() {
        signInAs("reviewer");
        UI.getCurrent().navigate("claimreviews/labels");

        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("access-denied-view"))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static Grid<LabelMappingRow> grid() {
        return _get(Grid.class, spec -> spec.withId("label-mapping-grid"));
    }
}
