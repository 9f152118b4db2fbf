package org.claimdesk.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.claimdesk.notification.NotificationFixtures;
import org.claimdesk.notification.NotificationFixtures.StoredNotification;
import org.claimdesk.notification.NotificationFixtures.TestClaim;
import org.claimdesk.review.ClaimAssigned;
import org.claimdesk.review.ProposalDecided;
import org.claimdesk.support.KaribuTest;
import org.claimdesk.support.MutableClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class NotificationBellViewTest extends KaribuTest {

    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    private NotificationFixtures fixtures;
    private TestClaim claim;
    private long editor;
    private long reviewer;

    @BeforeEach
    void claimOnTheDesk() {
        fixtures = new NotificationFixtures(context);
        fixtures.forgetAllNotifications();
        claim = fixtures.newClaim("The library lent 42,000 books in 2025 <b>really</b> " + System.nanoTime());
        editor = fixtures.accountId("editor");
        reviewer = fixtures.accountId("reviewer");
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void theBadgeCountsMyUnreadNotificationsAndTheButtonSaysSo() {
        fixtures.publishCommitted(assigned(), rejected("Find an independent source."),
                new ClaimAssigned(claim.id(), claim.statement(), fixtures.accountId("viewer"), editor, null));

        openScreenAs("reviewer");

        assertThat(badge()).isEqualTo("2");
        assertThat(bell().getAriaLabel()).contains("Notifications, 2 unread");
    }

    @Test
    void withNothingToTellTheBadgeIsHiddenAndTheListSaysSo() {
        openScreenAs("reviewer");

        assertThat(badge()).as("hidden").isNull();
        assertThat(bell().getAriaLabel()).contains("Notifications");
        openPopover();
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("notification-empty"))
                .getElement().getTextRecursively()).startsWith("No notifications yet.");
        assertThat(_get(Button.class, spec -> spec.withId("notification-mark-all-read")).isEnabled()).isFalse();
    }

    @Test
    void theListTellsWhatHappenedWhoDidItAndWhenNewestFirst() {
        fixtures.publishCommitted(assigned());
        clock.advance(Duration.ofMinutes(5));
        fixtures.publishCommitted(rejected("Find an independent source."));
        clock.advance(Duration.ofMinutes(2));

        openScreenAs("reviewer");
        openPopover();

        List<String> items = items().stream().map(item -> item.getElement().getTextRecursively()).toList();
        String editorName = displayName("editor");
        assertThat(items).hasSize(2);
        assertThat(items.get(0)).contains(editorName + " sent your proposed verdict on “" + claim.statement()
                + "” back.", "Comment: Find an independent source.", "2 min ago");
        assertThat(items.get(1)).contains(editorName + " assigned a claim to you: “" + claim.statement() + "”",
                "7 min ago");
        assertThat(items()).allSatisfy(item -> assertThat(item.hasClassName("cd-notification-unread")).isTrue());
    }

    @Test
    void theListIsInThePageOnlyWhileItIsOpen() {
        fixtures.publishCommitted(assigned());
        openScreenAs("reviewer");
        Popover popover = _get(Popover.class, spec -> spec.withId("notification-popover"));
        assertThat(popover.getChildren()).isEmpty();

        popover.open();
        assertThat(items()).hasSize(1);

        popover.close();
        assertThat(popover.getChildren()).isEmpty();
        assertThat(items()).isEmpty();
    }

    @Test
    void theStatementIsShownAsTextNeverAsMarkup() {
        fixtures.publishCommitted(assigned());

        openScreenAs("reviewer");
        openPopover();

        NotificationItem item = items().getFirst();
        assertThat(item.getElement().getTextRecursively()).contains("<b>really</b>");
        assertThat(descendants(item.getElement())).noneMatch(element -> element.getTag().equals("b"))
                .noneMatch(element -> element.hasProperty("innerHTML"));
    }

    @Test
    void clickingANotificationMarksItReadAndOpensTheClaim() {
        fixtures.publishCommitted(assigned(), rejected("Find an independent source."));
        openScreenAs("reviewer");
        openPopover();

        _click(items().getLast());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("claims/" + claim.id());
        assertThat(_get(Popover.class, spec -> spec.withId("notification-popover")).isOpened()).isFalse();
        assertThat(badge()).isEqualTo("1");
        assertThat(fixtures.storedFor(reviewer)).extracting(StoredNotification::kind, stored -> stored.readAt() != null)
                .containsExactly(tuple("ASSIGNED", true),
                        tuple("PROPOSAL_REJECTED", false));
        openPopover();
        assertThat(items()).extracting(item -> item.hasClassName("cd-notification-unread")).containsExactly(true, false);
    }

    @Test
    void markAllAsReadClearsTheBadge() {
        fixtures.publishCommitted(assigned(), rejected("Find an independent source."));
        openScreenAs("reviewer");
        openPopover();

        _click(_get(Button.class, spec -> spec.withId("notification-mark-all-read")));

        assertThat(badge()).as("hidden").isNull();
        assertThat(items()).hasSize(2).noneMatch(item -> item.hasClassName("cd-notification-unread"));
        assertThat(fixtures.storedFor(reviewer)).allSatisfy(stored -> assertThat(stored.readAt()).isNotNull());
    }

    @Test
    void aNotificationFromSomeoneElsesActionShowsUpWithoutAReload() {
        openScreenAs("reviewer");
        assertThat(badge()).as("hidden").isNull();

        // as when the editor assigns the claim in their own browser: another thread, another transaction
        CompletableFuture.runAsync(() -> fixtures.publishCommitted(assigned())).join();
        MockVaadin.clientRoundtrip(false);

        assertThat(badge()).isEqualTo("1");
        assertThat(bell().getAriaLabel()).contains("Notifications, 1 unread");
    }

    @Test
    void theBellSpeaksGerman() {
        fixtures.publishCommitted(assigned());
        UI.getCurrent().setLocale(Locale.GERMAN);

        openScreenAs("reviewer");
        openPopover();

        assertThat(bell().getAriaLabel()).contains("Benachrichtigungen, 1 ungelesen");
        assertThat(items().getFirst().getElement().getTextRecursively())
                .contains(displayName("editor") + " hat Ihnen eine Behauptung zugewiesen: „" + claim.statement() + "“");
    }

    private ClaimAssigned assigned() {
        return new ClaimAssigned(claim.id(), claim.statement(), reviewer, editor, null);
    }

    private ProposalDecided rejected(String comment) {
        return new ProposalDecided(claim.id(), claim.statement(), reviewer, editor, false, comment);
    }

    private void openScreenAs(String demoAccount) {
        signInAs(demoAccount);
        UI.getCurrent().navigate("claims");
    }

    private static void openPopover() {
        _get(Popover.class, spec -> spec.withId("notification-popover")).open();
    }

    private static Button bell() {
        return _get(Button.class, spec -> spec.withId("notification-bell"));
    }

    /** The badge's text, or null while it is hidden (Karibu finds visible components only). */
    private static @Nullable String badge() {
        return _find(Span.class, spec -> spec.withId("notification-bell-badge")).stream().findFirst()
                .map(Span::getText).orElse(null);
    }

    private static List<NotificationItem> items() {
        return _find(NotificationItem.class);
    }

    private static Stream<Element> descendants(Element element) {
        return element.getChildren().filter(child -> !child.isTextNode())
                .flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    private String displayName(String username) {
        return jdbc.sql("select display_name from user_account where username = :username")
                .param("username", username).query(String.class).single();
    }
}
