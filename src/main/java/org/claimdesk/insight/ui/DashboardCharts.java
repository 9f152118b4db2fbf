package org.claimdesk.insight.ui;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.insight.dashboard.Dashboard;
import org.claimdesk.insight.ui.FigureTable.Cell;
import org.claimdesk.review.ReviewState;

/** Turns the dashboard's figures into what each panel draws and tabulates, in the person's language. */
final class DashboardCharts {

    /** The states' colours, close to their badges on the claim page. */
    private static final Map<ReviewState, String> STATE_COLOURS = Map.of(
            ReviewState.DRAFT, "#8a94a6",
            ReviewState.IN_RESEARCH, "#1a73e8",
            ReviewState.VERDICT_PROPOSED, "#d4a017",
            ReviewState.PUBLISHED, "#2e8540",
            ReviewState.CORRECTION_IN_PROGRESS, "#c62828",
            ReviewState.ARCHIVED, "#b0b7c3");
    private static final String OPEN_COLOUR = "#1a73e8";
    private static final String OVERDUE_COLOUR = "#c62828";
    private static final String PUBLISHED_COLOUR = "#2e8540";
    private static final String AGREEMENT_COLOUR = "#6a4c93";
    private static final String FALLBACK_COLOUR = "#607d8b";
    /** Short enough for twelve labels under the chart: "7 Sep"; the table gives the full date. */
    private static final DateTimeFormatter WEEK_LABEL = DateTimeFormatter.ofPattern("d MMM");

    /** A translation with arguments, as the view's {@code getTranslation}. */
    interface Translator {
        String get(String key, Object... arguments);
    }

    private final Translator text;

    DashboardCharts(Translator text) {
        this.text = text;
    }

    Chart.Data statesChart(Dashboard dashboard) {
        return new Chart.Data(true, false, dashboard.states().stream().map(this::stateName).toList(), List.of(
                new Chart.Series(text.get("dashboard.states.series"),
                        dashboard.states().stream().map(Dashboard.StateCount::claims).toList(), null,
                        dashboard.states().stream().map(count -> STATE_COLOURS.get(count.state())).toList())));
    }

    FigureTable statesTable(Dashboard dashboard) {
        return new FigureTable(text.get("dashboard.states.title"),
                List.of(text.get("dashboard.states.col.state"), text.get("dashboard.states.col.claims")),
                dashboard.states().stream().map(count -> List.of(Cell.text(stateName(count)), count(count.claims())))
                        .toList());
    }

    Chart.Data ratingsChart(Dashboard dashboard) {
        return new Chart.Data(true, false, dashboard.ratings().stream().map(Dashboard.RatingCount::label).toList(),
                List.of(new Chart.Series(text.get("dashboard.ratings.series"),
                        dashboard.ratings().stream().map(Dashboard.RatingCount::claims).toList(), null,
                        dashboard.ratings().stream().map(rating -> colour(rating.colour())).toList())));
    }

    FigureTable ratingsTable(Dashboard dashboard) {
        return new FigureTable(text.get("dashboard.ratings.title"),
                List.of(text.get("dashboard.ratings.col.rating"), text.get("dashboard.ratings.col.claims")),
                dashboard.ratings().stream().map(rating -> List.of(Cell.text(rating.label()), count(rating.claims())))
                        .toList());
    }

    Chart.Data weeksChart(Dashboard dashboard) {
        return new Chart.Data(false, false,
                dashboard.weeks().stream().map(week -> WEEK_LABEL.withLocale(locale()).format(week.weekStart()))
                        .toList(),
                List.of(new Chart.Series(text.get("dashboard.weeks.series"),
                        dashboard.weeks().stream().map(Dashboard.WeekCount::published).toList(), PUBLISHED_COLOUR,
                        null)));
    }

    FigureTable weeksTable(Dashboard dashboard) {
        return new FigureTable(text.get("dashboard.weeks.title"),
                List.of(text.get("dashboard.weeks.col.week"), text.get("dashboard.weeks.col.published")),
                dashboard.weeks().stream().map(week -> List.of(
                        new Cell(TimeDisplay.date(week.weekStart()), week.weekStart().toString()),
                        count(week.published()))).toList());
    }

    Chart.Data reviewersChart(Dashboard dashboard) {
        List<Dashboard.ReviewerWork> people = dashboard.reviewers();
        return new Chart.Data(true, false, people.stream().map(Dashboard.ReviewerWork::reviewer).toList(), List.of(
                new Chart.Series(text.get("dashboard.reviewers.col.open"),
                        people.stream().map(Dashboard.ReviewerWork::open).toList(), OPEN_COLOUR, null),
                new Chart.Series(text.get("dashboard.reviewers.col.overdue"),
                        people.stream().map(Dashboard.ReviewerWork::overdue).toList(), OVERDUE_COLOUR, null),
                new Chart.Series(text.get("dashboard.reviewers.col.published"),
                        people.stream().map(Dashboard.ReviewerWork::published).toList(), PUBLISHED_COLOUR, null)));
    }

    FigureTable reviewersTable(Dashboard dashboard) {
        return new FigureTable(text.get("dashboard.reviewers.title"),
                List.of(text.get("dashboard.reviewers.col.reviewer"), text.get("dashboard.reviewers.col.open"),
                        text.get("dashboard.reviewers.col.overdue"), text.get("dashboard.reviewers.col.published")),
                dashboard.reviewers().stream().map(person -> List.of(Cell.text(person.reviewer()),
                        count(person.open()), count(person.overdue()), count(person.published()))).toList());
    }

    Chart.Data agreementChart(Dashboard dashboard) {
        List<Dashboard.Agreement> people = dashboard.agreement();
        return new Chart.Data(true, true, people.stream().map(Dashboard.Agreement::reviewer).toList(), List.of(
                new Chart.Series(text.get("dashboard.agreement.series"),
                        people.stream().map(person -> percent(person.share())).toList(), AGREEMENT_COLOUR, null)));
    }

    FigureTable agreementTable(Dashboard dashboard) {
        return new FigureTable(text.get("dashboard.agreement.title"),
                List.of(text.get("dashboard.agreement.col.reviewer"), text.get("dashboard.agreement.col.clean"),
                        text.get("dashboard.agreement.col.decided"), text.get("dashboard.agreement.col.share")),
                dashboard.agreement().stream().map(person -> List.of(Cell.text(person.reviewer()),
                        count(person.approvedWithoutRejection()), count(person.decided()), share(person.share())))
                        .toList());
    }

    private String stateName(Dashboard.StateCount count) {
        return text.get("review.state." + count.state().name());
    }

    private static Cell count(long value) {
        return new Cell(NumberFormat.getIntegerInstance(locale()).format(value), Long.toString(value));
    }

    /** A share from 0 to 1 as a percentage with one decimal: "83.3 %" to read, "83.3" in CSV. */
    private static Cell share(double value) {
        BigDecimal percent = percent(value);
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return new Cell(format.format(value), percent.toPlainString());
    }

    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }

    /** Rating colours come from the admin's scale; only a well-formed #rrggbb reaches the browser. */
    private static String colour(String colour) {
        return colour.matches("#[0-9a-fA-F]{6}") ? colour : FALLBACK_COLOUR;
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
