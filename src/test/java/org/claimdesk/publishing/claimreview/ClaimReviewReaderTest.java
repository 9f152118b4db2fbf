package org.claimdesk.publishing.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per real fixture: every field as the publisher stated it. */
class ClaimReviewReaderTest {

    private final ClaimReviewReader reader = new ClaimReviewReader();

    @Test
    void afpInAGraphWithTheClaimAsACreativeWork() {
        ImportedReview review = only("afp_raw.jsonld");

        assertThat(review.claimReviewed()).isEqualTo("The US Centers for Disease Control and Prevention lied about "
                + "the number of deaths caused by COVID-19 by combining the count with pneumonia and influenza "
                + "fatalities");
        assertThat(review.reviewUrl()).isEqualTo(
                URI.create("https://factcheck.afp.com/cdc-does-not-add-flu-and-pneumonia-deaths-covid-19-toll"));
        assertThat(review.factChecker()).isEqualTo("AFP Fact Check");
        assertThat(review.factCheckerUrl()).isEqualTo(URI.create("https://factcheck.afp.com/"));
        assertThat(review.reviewDate()).isEqualTo(LocalDate.of(2020, 6, 24)); // "2020-06-24 00:03"
        assertThat(review.rating()).isEqualTo(rating("1", "5", "1", "False"));
        assertThat(review.claimant()).isEqualTo("multiple sources");
        assertThat(review.claimDate()).isEqualTo(LocalDate.of(2020, 5, 14));
        assertThat(review.appearances()).containsExactly(URI.create(
                "https://www.facebook.com/photo.php?fbid=1334206990098622&set=a.134474800071853&type=3"));
        assertThat(review.firstAppearance()).isNull();
    }

    @Test
    void africaCheckWithDatesInBasicOffsetsAndAClaimantOfTwoNames() {
        ImportedReview review = only("africa_check_raw.jsonld");

        assertThat(review.claimReviewed()).isEqualTo("Interferon alpha-2b a Covid-19 ‘vaccine’");
        assertThat(review.reviewUrl()).isEqualTo(URI.create(
                "https://africacheck.org/fact-checks/reports/south-african-mayor-incorrect-about-covid-19-vaccine"));
        assertThat(review.factChecker()).isEqualTo("Taryn Willows"); // a person, typed Organization by the site
        assertThat(review.factCheckerUrl())
                .isEqualTo(URI.create("https://africacheck.org/about/authors/taryn-willows"));
        assertThat(review.reviewDate()).isEqualTo(LocalDate.of(2020, 3, 27));
        assertThat(review.rating()).isEqualTo(rating("1", "6", "1", "Incorrect"));
        assertThat(review.claimant()).isEqualTo("Mzwandile Masina, mayor of Ekurhuleni");
        assertThat(review.claimDate()).isEqualTo(LocalDate.of(2020, 3, 18));
        assertThat(review.appearances()).containsExactly(URI.create("https://youtu.be/jA8iEODBe5Q?t=1368"));
    }

    @Test
    void aosFatosWithTypesAsAListAPersonAsAuthorAndAnAddressWithoutScheme() {
        ImportedReview review = only("aos_fatos_raw.jsonld");

        assertThat(review.claimReviewed())
                .isEqualTo("Drauzio Varella incentiva crianças a utilizarem drogas em vídeo");
        assertThat(review.reviewUrl()).isEqualTo(URI.create("https://aosfatos.org/noticias/"
                + "video-manipulado-faz-crer-que-drauzio-incentiva-criancas-a-usarem-drogas/"));
        assertThat(review.factChecker()).isEqualTo("Aos Fatos"); // the publisher: the author is a reporter
        assertThat(review.factCheckerUrl()).isEqualTo(URI.create("https://www.aosfatos.org/"));
        assertThat(review.reviewDate()).isEqualTo(LocalDate.of(2022, 8, 11));
        assertThat(review.rating()).isEqualTo(new ImportedRating(new BigDecimal(5), new BigDecimal(6), null,
                "não_é_bem_assim"));
        assertThat(review.claimant()).isEqualTo("desinformação");
        assertThat(review.claimDate()).isEqualTo(LocalDate.of(2022, 8, 11));
        assertThat(review.appearances()).isEmpty();
    }

    @Test
    void efeInAListWithAClaimAndNoClaimant() {
        ImportedReview review = only("efe_verifica_raw.jsonld");

        assertThat(review.claimReviewed()).isEqualTo("La práctica totalidad de los detenidos en España son "
                + "extranjeros, como afirma Ricardo Ferris, inspector jefe de la Policía Nacional y jefe de la "
                + "comisaría Centro de Valencia.");
        assertThat(review.reviewUrl()).isEqualTo(URI.create(
                "https://verifica.efe.com/detenidos-mayoria-espanoles-no-extranjeros-como-asegura-ferris/"));
        assertThat(review.factChecker()).isEqualTo("Agencia EFE");
        assertThat(review.factCheckerUrl()).isEqualTo(URI.create("https://verifica.efe.com"));
        assertThat(review.reviewDate()).isEqualTo(LocalDate.of(2022, 10, 24));
        assertThat(review.rating()).isEqualTo(rating("1", "5", "1", "Falso."));
        assertThat(review.claimant()).isNull();
        assertThat(review.claimDate()).isEqualTo(LocalDate.of(2022, 10, 20));
        assertThat(review.appearances()).isEmpty();
    }

    @Test
    void indiaTodayWithRatingsAsStrings() {
        ImportedReview review = only("india_today_mixed_ld_json_types.jsonld");

        assertThat(review.claimReviewed()).isEqualTo("Pictures of a man posing for a maternity shoot because his "
                + "wife refused and he had already paid the photographer.");
        assertThat(review.reviewUrl()).isEqualTo(URI.create("https://www.indiatoday.in/fact-check/story/"
                + "dad-spoofs-maternity-shoot-pics-go-viral-misleading-claim-1731271-2020-10-13"));
        assertThat(review.factChecker()).isEqualTo("India Today");
        assertThat(review.factCheckerUrl()).isNull();
        assertThat(review.reviewDate()).isEqualTo(LocalDate.of(2020, 10, 13));
        assertThat(review.rating()).isEqualTo(rating("3", "5", "1", "Half true"));
        assertThat(review.claimant()).isEqualTo("Facebook user");
        assertThat(review.claimDate()).isEqualTo(LocalDate.of(2020, 10, 12));
    }

    @Test
    void tfcTaiwanWithoutRatingValue() {
        ImportedReview review = only("tfc_taiwan_raw.jsonld");

        assertThat(review.claimReviewed()).isEqualTo("圖卡：美國要求各國制裁俄羅斯，私下卻大買俄羅斯石油，然後再轉手賣給他國大賺差價");
        assertThat(review.reviewUrl()).isEqualTo(URI.create("https://tfc-taiwan.org.tw/articles/7177"));
        assertThat(review.factChecker()).isEqualTo("台灣事實查核中心");
        assertThat(review.reviewDate()).isEqualTo(LocalDate.of(2022, 4, 8));
        assertThat(review.rating()).isEqualTo(new ImportedRating(null, new BigDecimal(5), BigDecimal.ONE, "錯誤"));
        assertThat(review.claimant()).isEqualTo("Line, FB");
        assertThat(review.claimDate()).isEqualTo(LocalDate.of(2022, 4, 4));
    }

    @Test
    void theQuintWithTheClaimAsAList() {
        ImportedReview review = only("the_quint_raw.jsonld");

        assertThat(review.claimReviewed()).isEqualTo("Last Tweets of Sushant Singh Rajput shared on 14 June");
        assertThat(review.reviewUrl()).isEqualTo(URI.create("https://www.thequint.com/news/webqoof/"
                + "are-these-last-tweets-of-sushant-singh-rajput-no-images-are-fake-fact-check"));
        assertThat(review.factChecker()).isEqualTo("The Quint");
        assertThat(review.reviewDate()).isEqualTo(LocalDate.of(2020, 6, 16));
        assertThat(review.rating()).isEqualTo(rating("1", "5", "0", "False"));
        assertThat(review.claimant()).isEqualTo("Facebook,WhatsApp,Twitter,media outlets");
        assertThat(review.claimDate()).isEqualTo(LocalDate.of(2020, 6, 16));
    }

    @Test
    void twentyMinutesWithMinusOneForNoRating() {
        ImportedReview review = only("twenty_minutes_claim_review_page.jsonld");

        assertThat(review.claimReviewed())
                .isEqualTo("Le rôle de l'URSS dans la victoire de la Seconde guerre mondiale est minimisée à l'école");
        assertThat(review.reviewUrl()).isEqualTo(URI.create("https://www.20minutes.fr/monde/ukraine/3288079-20220511-"
                + "guerre-ukraine-role-urss-pendant-seconde-guerre-mondiale-sous-estime-enseignement-france"));
        assertThat(review.factChecker()).isEqualTo("20 minutes");
        assertThat(review.reviewDate()).isEqualTo(LocalDate.of(2022, 5, 11));
        assertThat(review.rating()).isEqualTo(new ImportedRating(null, null, null, "really_false"));
        assertThat(review.claimant()).isEqualTo("Réseaux sociaux");
        assertThat(review.claimDate()).isEqualTo(LocalDate.of(2022, 5, 11));
    }

    @Test
    void dpaFeedItemOfGooglesFeedWithAClaimAndItsAppearance() {
        ImportedReview review = only(ClaimReviewFixtures.DPA_FEED_ITEM);

        assertThat(review.claimReviewed()).startsWith("Im Netz sorgt ein angebliches Zitat von Kölns "
                + "Oberbürgermeisterin Henriette Reker für Aufregung.").endsWith("gesagt haben.");
        assertThat(review.reviewUrl()).isEqualTo(URI.create("https://www.presseportal.de/pm/133833/4381130"));
        assertThat(review.factChecker()).isEqualTo("Deutsche Presse-Agentur");
        assertThat(review.factCheckerUrl()).isEqualTo(URI.create("https://www.presseportal.de/"));
        assertThat(review.reviewDate()).isEqualTo(LocalDate.of(2019, 9, 20));
        assertThat(review.rating()).isEqualTo(new ImportedRating(null, null, null, "Reker hat diesen Satz nie "
                + "gesagt. «Völliger Unsinn», heißt es dazu aus der Pressestelle der Stadt Köln."));
        assertThat(review.claimant()).isEqualTo("Irmin Suhl");
        assertThat(review.claimDate()).isEqualTo(LocalDate.of(2019, 9, 7));
        assertThat(review.appearances()).containsExactly(URI.create(
                "https://www.facebook.com/photo.php?fbid=389949688569877&set=a.155170952047753&type=3&theater"));
    }

    private ImportedReview only(String fixture) {
        List<ImportedReview> reviews = reader.read(ClaimReviewFixtures.text(fixture));
        assertThat(reviews).hasSize(1);
        return reviews.getFirst();
    }

    static ImportedRating rating(String value, String best, String worst, String label) {
        return new ImportedRating(new BigDecimal(value), new BigDecimal(best), new BigDecimal(worst), label);
    }
}
