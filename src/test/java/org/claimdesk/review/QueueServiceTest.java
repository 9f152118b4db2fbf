package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.review.internal.QueueRepository;
import org.claimdesk.security.ColleagueDirectory;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.MutableClock;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/** Each queue lists exactly its claims, filtered and sorted in the database, a page at a time. */
@ClaimDeskIntegrationTest
class QueueServiceTest {

    @Autowired
    QueueService queues;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ColleagueDirectory colleagues;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    private List<UUID> ids(Queue queue, String tag) {
        QueueFilter filter = new QueueFilter(queue, Set.of(), null, null, null, tag, null, null, null);
        return queues.page(filter, QueueOrder.defaultFor(queue), 0, 50).stream().map(QueueRow::claimId).toList();
    }

    @Test
    void eachQueueListsItsClaims() {
        String tag = "queues-" + System.nanoTime();
        UUID published = fixtures.published("Published one", tag);
        UUID proposed = fixtures.proposedByReviewer("Proposed one", tag);
        fixtures.signIn("editor");
        UUID unassigned = fixtures.draft("Unassigned one", tag);
        UUID overdue = fixtures.draft("Overdue one", tag);
        UUID reviewer = colleagues.findByUsername("reviewer").orElseThrow().publicId();
        LocalDate today = LocalDate.now(clock);
        reviews.assign(List.of(overdue), reviewer, today.minusDays(1));
        fixtures.signIn("reviewer");
        reviews.setRecheck(published, today, fixtures.version(published));

        assertThat(ids(Queue.MINE, tag)).containsExactlyInAnyOrder(proposed, overdue);
        assertThat(ids(Queue.UNASSIGNED, tag)).containsExactly(unassigned);
        assertThat(ids(Queue.AWAITING_APPROVAL, tag)).containsExactly(proposed);
        assertThat(ids(Queue.OVERDUE, tag)).containsExactly(overdue);
        assertThat(ids(Queue.RECHECK_DUE, tag)).containsExactly(published);
        assertThat(ids(Queue.ALL, tag)).containsExactlyInAnyOrder(published, proposed, unassigned, overdue);
        fixtures.signIn("editor");
        assertThat(ids(Queue.MINE, tag)).isEmpty();
    }

    @Test
    void aFutureReCheckIsNotDueYet() {
        String tag = "recheck-" + System.nanoTime();
        UUID published = fixtures.published("Later", tag);
        reviews.setRecheck(published, LocalDate.now(clock).plusDays(30), fixtures.version(published));

        assertThat(ids(Queue.RECHECK_DUE, tag)).isEmpty();
    }

    @Test
    void filtersSortingAndPagingWorkTogether() {
        String tag = "paging-" + System.nanoTime();
        fixtures.signIn("reviewer");
        for (int i = 0; i < 7; i++) {
            fixtures.draft("Paged claim " + i + " about 100% of _underscores_", tag);
        }
        QueueFilter filter = new QueueFilter(Queue.ALL, Set.of(ReviewState.DRAFT), null, null, null, tag, null, null,
                "100% of _under");
        QueueOrder byStatement = new QueueOrder(QueueOrder.Sort.STATEMENT, true);

        List<QueueRow> first = queues.page(filter, byStatement, 0, 5);
        List<QueueRow> second = queues.page(filter, byStatement, 5, 5);

        assertThat(queues.count(filter)).isEqualTo(7);
        assertThat(first).hasSize(5);
        assertThat(second).hasSize(2);
        assertThat(first.getFirst().statement()).startsWith("Paged claim 0");
        assertThat(second.getLast().statement()).startsWith("Paged claim 6");
        assertThat(queues.count(new QueueFilter(Queue.ALL, Set.of(), null, null, null, tag, null, null, "100%x")))
                .isZero();
    }

    @Test
    void ratingAndClaimDateFilterTheQueue() {
        String tag = "rating-" + System.nanoTime();
        UUID published = fixtures.published("Rated true", tag);
        fixtures.signIn("reviewer");
        fixtures.draft("Not rated", tag);

        QueueFilter rated = new QueueFilter(Queue.ALL, Set.of(), "TRUE", null, null, tag, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), null);
        QueueFilter wrongDates = new QueueFilter(Queue.ALL, Set.of(), "TRUE", null, null, tag,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), null);

        assertThat(queues.page(rated, QueueOrder.defaultFor(Queue.ALL), 0, 50)).extracting(QueueRow::claimId)
                .containsExactly(published);
        assertThat(queues.count(rated)).isEqualTo(1);
        assertThat(queues.count(wrongDates)).isZero();
    }

    @Test
    void wordsGiveTheSameRowsInEveryOrderWhicheverWayTheyAreFound() {
        String tag = "words-" + System.nanoTime();
        fixtures.signIn("reviewer");
        for (String start : List.of("Bison", "Alpaca", "Yak", "Camel", "Zebu", "Llama", "Moose")) {
            fixtures.draft(start + " herds grew, a needle in the data", tag);
            fixtures.draft(start + " herds shrank", tag);
        }
        // the first is read with the matches found first; naming every state makes the second take the other way
        QueueFilter words = new QueueFilter(Queue.ALL, Set.of(), null, null, null, tag, null, null, "NEEDLE");
        QueueFilter sameWithStates = new QueueFilter(Queue.ALL, Set.of(ReviewState.values()), null, null, null, tag,
                null, null, "NEEDLE");

        List<QueueOrder> orders = new java.util.ArrayList<>();
        for (QueueOrder.Sort sort : QueueOrder.Sort.values()) {
            orders.add(new QueueOrder(sort, true));
            orders.add(new QueueOrder(sort, false));
        }
        for (QueueOrder order : orders) {
            List<QueueRow> found = new java.util.ArrayList<>(queues.page(words, order, 0, 4));
            found.addAll(queues.page(words, order, 4, 4));
            assertThat(found).as(order.toString()).hasSize(7).isEqualTo(queues.page(sameWithStates, order, 0, 50));
        }
        assertThat(queues.page(words, new QueueOrder(QueueOrder.Sort.STATEMENT, true), 0, 50))
                .extracting(row -> row.statement().substring(0, 4))
                .containsExactly("Alpa", "Biso", "Came", "Llam", "Moos", "Yak ", "Zebu");
    }

    @Test
    @Transactional // rolls the bulk claims back
    void wordsPastTheStartTheStatementIndexHoldsAreFoundWhenTheQueueWalksStatements() {
        String tag = "long-" + System.nanoTime();
        String word = "haystack" + System.nanoTime();
        // more matches than the matches-first way takes for this order, so that the page walks the statements
        fixtures.archivedInBulk(QueueRepository.WORDS_FIRST_STATEMENT_LIMIT, "Bulk " + word + " claim", tag);
        fixtures.signIn("reviewer");
        String filler = "the office counted every farm in the region again, ".repeat(9); // 450 characters
        fixtures.draft("Alpaca herds grew, a " + word + " in the data", tag);
        fixtures.draft("Bison " + filler + "and found a " + word, tag);
        fixtures.draft("Camel " + filler.substring(0, 394 - "Camel ".length()) + word + " at the edge", tag);
        fixtures.draft("Yak " + filler + "and found nothing", tag);
        QueueFilter words = new QueueFilter(Queue.ALL, Set.of(), null, null, null, tag, null, null,
                word.toUpperCase(java.util.Locale.ROOT));

        assertThat(queues.page(words, new QueueOrder(QueueOrder.Sort.STATEMENT, true), 0, 3))
                .extracting(row -> row.statement().substring(0, 4))
                .containsExactly("Alpa", "Biso", "Bulk");
        assertThat(queues.page(words, new QueueOrder(QueueOrder.Sort.STATEMENT, false), 0, 2))
                .extracting(row -> row.statement().substring(0, 4))
                .containsExactly("Came", "Bulk");
        assertThat(queues.count(words)).isEqualTo(QueueRepository.WORDS_FIRST_STATEMENT_LIMIT + 3);
    }

    @Test
    @Transactional // rolls the bulk claims back
    void theTotalCountsUpToItsLimitAndThenSaysThereAreMore() {
        String tag = "many-" + System.nanoTime();
        fixtures.archivedInBulk(QueueService.COUNT_LIMIT, tag);
        fixtures.signIn("viewer");
        QueueFilter tagged = new QueueFilter(Queue.ALL, Set.of(), null, null, null, tag, null, null, null);

        assertThat(queues.total(tagged)).isEqualTo(new QueueTotal(QueueService.COUNT_LIMIT, false));

        fixtures.archivedInBulk(1, tag);

        assertThat(queues.total(tagged)).isEqualTo(new QueueTotal(QueueService.COUNT_LIMIT, true));
        assertThat(queues.count(tagged)).isEqualTo(QueueService.COUNT_LIMIT + 1);
        assertThat(queues.total(new QueueFilter(Queue.ALL, Set.of(), null, null, null, tag, null, null, "claim 10")))
                .as("Bulk claim 10, 100-109 and 1000").isEqualTo(new QueueTotal(12, false));
    }
}
