package org.claimdesk.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by the {@code <cd-chart>} element (frontend/scripts/claimdesk-charts.js),
 * which hands its {@code data-chart} JSON to ECharts and renders it as SVG. For assistive technology the
 * chart is one image with a name; its numbers are in the table below it.
 */
@Tag("cd-chart")
class Chart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    Chart(String id, String label) {
        setId(id);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", label);
    }

    void show(Data data) {
        getElement().setAttribute("data-chart", JSON.writeValueAsString(data));
    }

    /** The JSON the browser draws; for tests. */
    String data() {
        String data = getElement().getAttribute("data-chart");
        return data == null ? "" : data;
    }

    /**
     * What to draw: bars along {@code categories}, one bar per series and category.
     *
     * @param horizontal bars grow to the right, categories run down (for names)
     * @param percent values are percentages (axis from 0 to 100)
     */
    record Data(boolean horizontal, boolean percent, List<String> categories, List<Series> series) {
    }

    /**
     * One series of values, one per category.
     *
     * @param colour the series' colour, as #rrggbb; null for the theme's
     * @param colours a colour per category instead, as #rrggbb (ratings, states); null if not
     */
    record Series(String name, List<? extends Number> values, @Nullable String colour,
            @Nullable List<String> colours) {
    }
}
