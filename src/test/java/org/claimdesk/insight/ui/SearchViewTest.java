package org.claimdesk.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.claimdesk.insight.SearchFixtures;
import org.claimdesk.insight.SearchType;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The search box behind Ctrl+K and the full results page, browserless on the real application. */
class SearchViewTest extends KaribuTest {

    private static final String DEMO_TITLE = "Lavrov meets Kim Jong Un in North Korea";

    @Autowired
    SearchFixtures fixtures;

    @Test
    void ctrlKOpensTheSearchBoxFromAnyScreenAndEnterLeadsToAllResults() {
        signInAs("viewer");
        UI.getCurrent().navigate("claims");
        assertThat(_find(QuickSearchDialog.class)).isEmpty();

        ShortcutsKt.fireShortcut(Key.KEY_K, KeyModifier.CONTROL);

        QuickSearchDialog dialog = _get(QuickSearchDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withId("quick-search-hint")).getText())
                .startsWith("Type words");
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("quick-search-text")), "Lavrov Pyongyang");
        List<ResultCard> cards = _find(dialog, ResultCard.class);
        assertThat(cards).isNotEmpty().hasSizeLessThanOrEqualTo(QuickSearchDialog.SHOWN);
        assertThat(cards).anySatisfy(card -> {
            assertThat(titleLink(card).getHref()).startsWith("articles/");
            assertThat(marks(card)).contains("Lavrov");
        });

        _click(_get(dialog, Button.class, spec -> spec.withId("quick-search-all")));

        assertThat(location()).isEqualTo("search?q=Lavrov%20Pyongyang");
        assertThat(_find(QuickSearchDialog.class)).isEmpty();
        assertThat(_get(SearchView.class)).isNotNull();
        assertThat(titles()).contains(DEMO_TITLE);
    }

    @Test
    void theMacShortcutOpensItTooAndTheHeaderButtonSaysWhichKeys() {
        signInAs("reviewer");
        UI.getCurrent().navigate("articles");
        Button button = _get(Button.class, spec -> spec.withId("search-button"));
        assertThat(button.getElement().getAttribute("aria-keyshortcuts")).isEqualTo("Control+K Meta+K");

        ShortcutsKt.fireShortcut(Key.KEY_K, KeyModifier.META);

        assertThat(_get(QuickSearchDialog.class).isOpened()).isTrue();
    }

    @Test
    void theResultsPageReadsItsFiltersFromTheAddress() {
        signInAs("viewer");

        UI.getCurrent().navigate(SearchRoutes.SEARCH, QueryParameters.simple(Map.of("q", "Lavrov", "type", "claim")));

        assertThat(_get(TextField.class, spec -> spec.withId("search-text")).getValue()).isEqualTo("Lavrov");
        @SuppressWarnings("unchecked")
        CheckboxGroup<SearchType> types = _get(CheckboxGroup.class, spec -> spec.withId("search-types"));
        assertThat(types.getValue()).containsExactly(SearchType.CLAIM);
        assertThat(_find(ResultCard.class)).isNotEmpty()
                .allSatisfy(card -> assertThat(card.hit().type()).isEqualTo(SearchType.CLAIM));
        assertThat(titles()).doesNotContain(DEMO_TITLE);

        types.setValue(Set.of(SearchType.ARTICLE));

        assertThat(titles()).contains(DEMO_TITLE);
        assertThat(_find(ResultCard.class)).allSatisfy(card -> assertThat(card.hit().type()).isEqualTo(SearchType.ARTICLE));
    }

    @Test
    void aReversedDateRangeSaysSoInsteadOfSearching() {
        signInAs("viewer");

        UI.getCurrent().navigate(SearchRoutes.SEARCH,
                QueryParameters.simple(Map.of("q", "Lavrov", "from", "2018-06-30", "to", "2018-05-01")));

        Paragraph error = _get(Paragraph.class, spec -> spec.withId("search-range-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("after");
        assertThat(_find(ResultCard.class)).isEmpty();

        _setValue(_get(DatePicker.class, spec -> spec.withId("search-from")), LocalDate.of(2018, 5, 1));
        assertThat(error.isVisible()).isFalse();
        _setValue(_get(DatePicker.class, spec -> spec.withId("search-to")), LocalDate.of(2018, 6, 30));

        assertThat(titles()).contains(DEMO_TITLE);
    }

    @Test
    void hostileTextInTheAddressIsSearchedAsWordsAndShownAsText() {
        signInAs("viewer");
        String word = SearchFixtures.word();
        signInAs("reviewer");
        fixtures.pasted("Markup " + word, "The mayor said 40 <img src=x onerror=alert(1)> buses were bought. "
                + word + " <script>alert('x')</script> & more.");
        signInAs("viewer");

        UI.getCurrent().navigate(SearchRoutes.SEARCH, QueryParameters.simple(Map.of("q",
                word + " or <script>alert(1)</script> !:* & | '\"")));

        assertThat(_find(Html.class)).isEmpty();
        List<ResultCard> cards = _find(ResultCard.class);
        assertThat(cards).singleElement().satisfies(card -> {
            // the query's words are marked, the page's markup is not: it is only text
            assertThat(marks(card)).contains(word).isSubsetOf(word, "alert", "1", "script");
            assertThat(card.getElement().getTextRecursively()).contains("<img src=x onerror=alert(1)>");
        });
        assertThat(elementsUnder(_get(SearchView.class).getElement())).noneMatch(element -> !element.isTextNode()
                && List.of("script", "img", "b", "i").contains(element.getTag()));
    }

    @Test
    void moreResultsComeAPageAtATime() {
        signInAs("reviewer");
        String word = SearchFixtures.word();
        UUID article = fixtures.pasted("Paging " + word, "One two three four five six seven eight nine ten.");
        for (int claim = 0; claim < SearchView.PAGE + 4; claim++) {
            fixtures.claim(article, "One two three", "Claim " + claim + " about " + word, "Someone",
                    LocalDate.of(2026, 1, 5));
        }

        UI.getCurrent().navigate(SearchRoutes.SEARCH, QueryParameters.simple(Map.of("q", word)));

        assertThat(_find(ResultCard.class)).hasSize(SearchView.PAGE);
        Button more = _get(Button.class, spec -> spec.withId("search-more"));
        _click(more);
        assertThat(_find(ResultCard.class)).hasSize(SearchView.PAGE + 5);
        assertThat(more.isVisible()).isFalse();
    }

    @Test
    void nothingToSearchForGivesAHintAndNoWordsFoundSaySo() {
        signInAs("viewer");
        UI.getCurrent().navigate(SearchRoutes.SEARCH);
        assertThat(_get(SearchView.class).getElement().getTextRecursively()).contains("Type words");

        UI.getCurrent().navigate(SearchRoutes.SEARCH, QueryParameters.simple(Map.of("q", SearchFixtures.word())));

        assertThat(_find(ResultCard.class)).isEmpty();
        assertThat(_get(SearchView.class).getElement().getTextRecursively()).contains("Nothing matches");
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static Anchor titleLink(ResultCard card) {
        return _get(card, Anchor.class, spec -> spec.withClasses("cd-search-hit-title"));
    }

    private static List<String> titles() {
        return _find(ResultCard.class).stream().map(card -> card.hit().title().text()).toList();
    }

    private static List<String> marks(ResultCard card) {
        return elementsUnder(card.getElement())
                .filter(element -> !element.isTextNode() && "mark".equals(element.getTag()))
                .map(Element::getText).toList();
    }

    private static Stream<Element> elementsUnder(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(SearchViewTest::elementsUnder));
    }
}
