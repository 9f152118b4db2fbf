package org.claimdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.review.ReviewState;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Full-text search on the real database: any text is safe, results are ranked and highlighted, each
 * article is searched in its own language, and the filters narrow what comes back.
 */
@ClaimDeskIntegrationTest
class SearchServiceTest {

    @Autowired
    SearchService search;
    @Autowired
    SearchFixtures fixtures;
    @Autowired
    ReviewFixtures reviewFixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    private List<SearchHit> find(String text) {
        return search.search(SearchQuery.of(text), 0, 20);
    }

    private List<String> articleTitles(String text) {
        return titles(search.search(new SearchQuery(text, Set.of(SearchType.ARTICLE), Set.of(), null, null), 0, 20));
    }

    private static List<String> titles(List<SearchHit> hits) {
        return hits.stream().map(hit -> hit.title().text()).toList();
    }

    @Test
    void hostileTextNeverFailsAndFindsWhatItsWordsSay() {
        long claimsBefore = jdbc.sql("select count(*) from claim").query(Long.class).single();
        List<String> hostile = new ArrayList<>(List.of("", " ", "\t\n", "&", "|", "!", "!!", "!Kim", "'", "''", "\"",
                "\"Kim", "Kim\"", ":*", "Kim:*", "Kim:A", "Kim & Lavrov", "Kim | Lavrov", "Kim & | Lavrov", "(Kim",
                "Kim)", "()", "-", "--", "- -Kim", "-Kim", "or", "OR OR", "Kim or", "<->", "Kim <-> Jong", "Kim <2> Jong",
                "*", "\\", "\\'", "%", "_", "NULL", "'; drop table claim; --", "1=1 or 'a'='a'", "Kim' OR '1'='1",
                "$1", ":q", "\u0000", "Kim\u0000Jong", "\uD800", "Kim\uDC00", "😀", "Kim 😀 Lavrov", "Ким Чен Ын", "金正恩",
                "ٱلسَّلَامُ", "<script>alert(1)</script>", "<b>Kim</b>", Highlighted.START + "Kim" + Highlighted.STOP,
                "\u202EKim", "Kim\u200B", "ǅ", "a".repeat(2_000), "Kim ".repeat(500), "x".repeat(10_000),
                "!".repeat(2_000), "\"".repeat(1_999), "Lavrov " + "& ".repeat(900)));
        for (String text : hostile) {
            List<SearchHit> hits = find(text);
            assertThat(hits).as("results for %s", text.length() > 40 ? text.substring(0, 40) + "…" : text)
                    .hasSizeLessThanOrEqualTo(20);
        }
        assertThat(find("")).isEmpty();
        assertThat(find("   ")).isEmpty();
        assertThat(find("!")).isEmpty();
        assertThat(find("&|!")).isEmpty();
        assertThat(jdbc.sql("select count(*) from claim").query(Long.class).single()).isGreaterThanOrEqualTo(claimsBefore);
        // operators are read as a web search would, never as tsquery syntax
        assertThat(articleTitles("Kim & Lavrov")).contains("Lavrov meets Kim Jong Un in North Korea");
        assertThat(articleTitles("Kim:*")).contains("Lavrov meets Kim Jong Un in North Korea");
        assertThat(articleTitles("'; drop table claim; --")).doesNotContain("Lavrov meets Kim Jong Un in North Korea");
        assertThat(articleTitles("Kim\u0000Lavrov")).contains("Lavrov meets Kim Jong Un in North Korea");
        assertThat(articleTitles("Lavrov 😀")).contains("Lavrov meets Kim Jong Un in North Korea");
        assertThat(articleTitles("Lavrov -Pyongyang")).doesNotContain("Lavrov meets Kim Jong Un in North Korea");
        assertThat(titles(find("\"Sergey Lavrov met\""))).contains(
                "Russian Foreign Minister Sergey Lavrov met North Korean leader Kim Jong Un in Pyongyang on 31 May 2018.");
    }

    @Test
    void theDemoSeedIsFoundWithItsWordsHighlighted() {
        List<SearchHit> hits = find("Lavrov Pyongyang");

        assertThat(hits).extracting(SearchHit::type).contains(SearchType.ARTICLE, SearchType.CLAIM);
        SearchHit article = hits.stream().filter(hit -> hit.type() == SearchType.ARTICLE).findFirst().orElseThrow();
        assertThat(article.title().text()).isEqualTo("Lavrov meets Kim Jong Un in North Korea");
        assertThat(article.title().matches()).containsExactly("Lavrov");
        assertThat(article.snippet().matches()).isNotEmpty()
                .allSatisfy(match -> assertThat(match).isIn("Lavrov", "Pyongyang", "Pyongyang's"));
        SearchHit claim = hits.stream().filter(hit -> hit.type() == SearchType.CLAIM).findFirst().orElseThrow();
        assertThat(claim.title().matches()).contains("Lavrov", "Pyongyang");
        assertThat(claim.state()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(claim.ratingLabel()).isEqualTo("True");
        assertThat(claim.snippet().text()).isNotBlank();
        assertThat(hits).extracting(SearchHit::rank).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theDemoSeedIsReadInEnglishSoOtherFormsOfAWordFindIt() {
        // "meetings" is not in the seed; English stemming reads it as "meet", which "meets" in its title also is
        List<SearchHit> hits = find("meetings Lavrov");

        SearchHit article = hits.stream().filter(hit -> hit.type() == SearchType.ARTICLE).findFirst().orElseThrow();
        assertThat(article.title().text()).isEqualTo("Lavrov meets Kim Jong Un in North Korea");
        assertThat(article.title().matches()).contains("meets", "Lavrov");
    }

    @Test
    void aWordInTheTitleOrStatementRanksAboveTheSameWordFurtherDown() {
        String word = SearchFixtures.word();
        UUID inTitle = fixtures.pasted("Harbour " + word + " report", "The harbour handled more ships this year.");
        UUID inText = fixtures.pasted("Harbour report " + SearchFixtures.word(),
                "The harbour handled more ships this year. The " + word + " terminal was busy.");
        UUID article = fixtures.pasted("Dock news " + SearchFixtures.word(), "Cranes moved 40 boxes an hour.");
        UUID inStatement = fixtures.claim(article, "Cranes moved 40 boxes an hour",
                "The " + word + " cranes moved 40 boxes an hour", "Dock office", LocalDate.of(2026, 1, 5));
        UUID inClaimant = fixtures.claim(article, "40 boxes an hour", "Cranes moved forty boxes an hour",
                "The " + word + " office", LocalDate.of(2026, 1, 5));

        List<UUID> order = find(word).stream().map(SearchHit::id).toList();

        assertThat(order).containsSubsequence(inTitle, inText).containsSubsequence(inStatement, inClaimant);
    }

    @Test
    void eachArticleIsSearchedInItsOwnLanguageAndItsClaimsAndSourcesFollow() {
        String word = SearchFixtures.word();
        UUID english = fixtures.page("en", "Ministers meeting " + word,
                "The ministers were meeting in Berlin on Monday, the government said in a statement.");
        UUID german = fixtures.page("de", "Verhandlungen " + word,
                "Die Verhandlungen der Ministerinnen dauerten bis in die Nacht, teilte die Regierung mit.");
        UUID plain = fixtures.pasted("Meeting notes " + word, "The ministers were meeting in Bonn on Friday.");
        UUID englishClaim = fixtures.claim(english, "The ministers were meeting in Berlin on Monday",
                "The ministers were meeting in Berlin " + word, "Government", LocalDate.of(2026, 1, 5));
        UUID germanClaim = fixtures.claim(german, "Die Verhandlungen der Ministerinnen dauerten bis in die Nacht",
                "Die Verhandlungen dauerten bis in die Nacht " + word, "Regierung", LocalDate.of(2026, 1, 5));
        fixtures.source(germanClaim, "Protokoll der Verhandlungen " + word, "Bundesregierung",
                "Die Verhandlungen endeten um drei Uhr.");

        assertThat(language(englishClaim)).isEqualTo("en");
        assertThat(language(germanClaim)).isEqualTo("de");
        // English stems "meeting" and "meet" alike; the simple configuration of pasted text does not
        List<SearchHit> meet = search.search(new SearchQuery("meet " + word, Set.of(), Set.of(), null, null), 0, 20);
        assertThat(meet).extracting(SearchHit::id).contains(english, englishClaim).doesNotContain(plain);
        assertThat(search.search(SearchQuery.of("meeting " + word), 0, 20)).extracting(SearchHit::id)
                .contains(english, plain);
        // German stems "Verhandlung" and "Verhandlungen" alike, and drops its stop words ("die")
        List<SearchHit> verhandlung = find("Verhandlung " + word);
        assertThat(verhandlung).extracting(SearchHit::id).contains(german, germanClaim);
        assertThat(verhandlung).filteredOn(hit -> hit.type() == SearchType.SOURCE).singleElement()
                .satisfies(source -> {
                    assertThat(source.claimId()).isEqualTo(germanClaim);
                    assertThat(source.title().matches()).contains("Verhandlungen");
                });
        assertThat(find("Verhandlung")).extracting(SearchHit::id).contains(german);
    }

    @Test
    void sourcesAreFoundByTheirPassageAndLeadToTheirClaim() {
        String word = SearchFixtures.word();
        UUID article = fixtures.pasted("Budget " + SearchFixtures.word(), "The city spent 5 million on roads.");
        UUID claim = fixtures.claim(article, "The city spent 5 million on roads", "The city spent 5 million on roads "
                + SearchFixtures.word(), "City", LocalDate.of(2026, 1, 5));
        UUID source = fixtures.source(claim, "Annual accounts", "City treasury",
                "Road works cost 5.1 million, the " + word + " ledger shows.");

        List<SearchHit> hits = find(word);

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.type()).isEqualTo(SearchType.SOURCE);
            assertThat(hit.id()).isEqualTo(source);
            assertThat(hit.claimId()).isEqualTo(claim);
            assertThat(hit.snippet().matches()).containsExactly(word);
            assertThat(hit.detail()).isEqualTo("City treasury");
        });
    }

    @Test
    void filtersNarrowByTypeStateAndDate() {
        String word = SearchFixtures.word();
        UUID published = reviewFixtures.published("Port volumes rose " + word, "filters");
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        UUID draft = reviewFixtures.draft("Port volumes fell " + word);

        assertThat(ids(new SearchQuery(word, Set.of(SearchType.CLAIM), Set.of(), null, null)))
                .containsExactlyInAnyOrder(published, draft);
        assertThat(ids(new SearchQuery(word, Set.of(SearchType.CLAIM), Set.of(ReviewState.PUBLISHED), null, null)))
                .containsExactly(published);
        assertThat(ids(new SearchQuery(word, Set.of(), Set.of(ReviewState.DRAFT), null, null))).contains(draft)
                .doesNotContain(published);
        // the fixtures' claims are dated 10 January 2026
        assertThat(ids(new SearchQuery(word, Set.of(SearchType.CLAIM), Set.of(), LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 1, 10)))).containsExactlyInAnyOrder(published, draft);
        assertThat(ids(new SearchQuery(word, Set.of(SearchType.CLAIM), Set.of(), LocalDate.of(2026, 1, 11), null)))
                .isEmpty();
        assertThat(ids(new SearchQuery(word, Set.of(SearchType.ARTICLE), Set.of(), null, null))).isEmpty();
        assertThatThrownBy(() -> search.search(new SearchQuery(word, Set.of(), Set.of(), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1)), 0, 20))
                .isInstanceOfSatisfying(InsightRuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("search.range-reversed"));
    }

    private List<UUID> ids(SearchQuery query) {
        return search.search(query, 0, 50).stream().map(SearchHit::id).toList();
    }

    @Test
    void markupInDocumentsStaysTextAndOnlyMatchesAreMarked() {
        String word = SearchFixtures.word();
        UUID article = fixtures.pasted("Markup " + word, "The <b>mayor</b> said " + Highlighted.START + "forty"
                + Highlighted.STOP + " buses were bought, " + word + " & <script>alert(1)</script> sources say.");

        SearchHit hit = find(word).stream().filter(found -> found.id().equals(article)).findFirst().orElseThrow();

        // ts_headline drops tags from the text it quotes; whatever remains is only ever shown as text
        assertThat(hit.snippet().text()).contains("mayor", "forty", "alert(1)")
                .doesNotContain(String.valueOf(Highlighted.START), String.valueOf(Highlighted.STOP));
        assertThat(hit.snippet().matches()).containsOnly(word);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        String word = SearchFixtures.word();
        UUID article = fixtures.pasted("Paging " + word, "One two three four five six seven eight nine ten.");
        List<UUID> made = new ArrayList<>();
        for (int claim = 0; claim < 7; claim++) {
            made.add(fixtures.claim(article, "One two three", "Claim " + claim + " about " + word,
                    "Someone", LocalDate.of(2026, 1, 5)));
        }
        made.add(article);

        List<UUID> paged = new ArrayList<>();
        for (int offset = 0; offset < 8; offset += 3) {
            search.search(SearchQuery.of(word), offset, 3).forEach(hit -> paged.add(hit.id()));
        }

        assertThat(paged).containsExactlyInAnyOrderElementsOf(made).doesNotHaveDuplicates();
        assertThat(search.search(SearchQuery.of(word), SearchService.MAX_RESULTS, 20)).isEmpty();
    }

    @Test
    void aVeryLongArticleIsStoredAndSearchedByItsBeginning() {
        String word = SearchFixtures.word();
        StringBuilder text = new StringBuilder(word).append(' ');
        java.util.Random random = new java.util.Random(7);
        while (text.length() < 1_900_000) {
            for (int letter = 0; letter < 7; letter++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(' ');
        }
        jdbc.sql("""
                        insert into article (title, origin, text, text_sha256, imported_at, updated_at)
                        values (:title, 'SEED', :text, :sha, now(), now())""")
                .param("title", "Long " + word).param("text", text.toString())
                .param("sha", String.format("%064x", System.nanoTime())).update();

        assertThat(find(word)).extracting(hit -> hit.title().text()).containsExactly("Long " + word);
    }

    @Test
    void everyRoleMaySearchAndNobodyElse() {
        TestSignIn.signIn(context, "viewer", "viewer-demo");
        assertThat(articleTitles("Lavrov")).contains("Lavrov meets Kim Jong Un in North Korea");
        TestSignIn.signOut(context);
        assertThatThrownBy(() -> find("Lavrov")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private String language(UUID claimId) {
        return jdbc.sql("select language from claim where public_id = :id").param("id", claimId)
                .query(String.class).single();
    }
}
