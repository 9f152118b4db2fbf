package org.claimdesk.admin.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;

class AdminViewTest extends KaribuTest {

    @Test
    void listsEveryoneWhoCanSignInWithTheirRole() {
        signInAs("admin");
        UI.getCurrent().navigate("admin");

        Grid<?> users = _get(Grid.class, spec -> spec.withId("users-grid"));
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < _size(users); row++) {
            rows.add(String.join("|", _getFormattedRow(users, row)));
        }
        assertThat(rows).anyMatch(row -> row.startsWith("admin|Demo Admin|Admin|Active"))
                .anyMatch(row -> row.startsWith("viewer|Demo Viewer|Viewer|Active"));
    }
}
