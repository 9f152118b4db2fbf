package org.claimdesk.admin.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.claim.RatingScaleService;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RatingScaleViewTest extends KaribuTest {

    @Autowired
    RatingScaleService ratings;

    @Test
    void anAdminSeesTheDefaultScaleAndRenamesALabel() {
        signInAs("admin");
        UI.getCurrent().navigate("admin/ratings");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("ratings-grid"));
        assertThat(_size(grid)).isEqualTo(7);

        _clickItem(grid, 6);
        _get(TextField.class, spec -> spec.withId("rating-label")).setValue("Not verifiable");
        _click(_get(Button.class, spec -> spec.withId("save-rating")));

        assertThat(ratings.scale()).anyMatch(rating -> rating.code().equals("UNVERIFIABLE")
                && rating.label().equals("Not verifiable") && rating.ratingValue() == null);
    }

    @Test
    void aBlankLabelIsRefusedWithAReason() {
        signInAs("admin");
        UI.getCurrent().navigate("admin/ratings");

        _clickItem(_get(Grid.class, spec -> spec.withId("ratings-grid")), 0);
        _get(TextField.class, spec -> spec.withId("rating-label")).setValue(" ");
        _click(_get(Button.class, spec -> spec.withId("save-rating")));

        expectNotifications("A label has 1 to 80 characters.");
    }

    @Test
    void anEditorCannotOpenIt() {
        signInAs("editor");
        UI.getCurrent().navigate("admin/ratings");

        assertThat(_find(Grid.class)).isEmpty();
    }
}
