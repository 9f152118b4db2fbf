package org.claimdesk.claim.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FeatureDetectorTest {

    private final FeatureDetector english = new FeatureDetector(Locale.ENGLISH);
    private final FeatureDetector german = new FeatureDetector(Locale.GERMAN);

    @Test
    void numbersAndNumberWords() {
        assertThat(english.detect("The ministers met twice before the talks.").reasons()).contains(Reason.NUMBER);
        assertThat(english.detect("Police arrested 14 men near the border.").reasons()).contains(Reason.NUMBER);
        assertThat(english.detect("He is the one who went there.").reasons()).doesNotContain(Reason.NUMBER);
    }

    @Test
    void datesAreNotCountedAsNumbersToo() {
        Features features = english.detect("The summit was planned for June 12 in Singapore.");

        assertThat(features.reasons()).contains(Reason.DATE).doesNotContain(Reason.NUMBER);
    }

    @Test
    void datesInManyShapes() {
        for (String sentence : new String[] {"They met on Thursday.", "Prices rose last year.",
                "It closed in 2018.", "He left three days ago.", "The vote is on 31.05.2018.",
                "Talks resume in May.", "It happened yesterday.", "Sie trafen sich am 3. Mai.",
                "Im vergangenen Jahr stiegen die Preise."}) {
            assertThat(english.detect(sentence).reasons()).as(sentence).contains(Reason.DATE);
        }
        assertThat(english.detect("Officials may meet again soon.").reasons()).doesNotContain(Reason.DATE);
    }

    @Test
    void quantitiesWithUnitsPercentagesAndMoney() {
        for (String sentence : new String[] {"Turnout was 61.5 percent.", "Inflation reached 7%.",
                "The plan costs $3.5 billion.", "The wall is 700 km long.", "Three people were injured.",
                "Es kamen 200 Menschen."}) {
            assertThat(english.detect(sentence).reasons()).as(sentence).contains(Reason.QUANTITY);
        }
    }

    @Test
    void comparisonsAndSuperlatives() {
        for (String sentence : new String[] {"More than 100 people came.", "It is the largest port in Asia.",
                "The new bridge is longer than the old one.", "It was the first visit since 2011.",
                "Exports rose sharply.", "Es ist die größte Stadt des Landes."}) {
            assertThat(english.detect(sentence).reasons()).as(sentence).contains(Reason.COMPARISON);
        }
        assertThat(english.detect("He chose talks rather than sanctions.").reasons()).doesNotContain(Reason.COMPARISON);
    }

    @Test
    void attributions() {
        for (String sentence : new String[] {"Lavrov said Moscow hoped for peace.", "Strother told DW.",
                "According to the ministry, talks went well.", "\"Peace,\" Lavrov was quoted as saying.",
                "Laut Ministerium verliefen die Gespräche gut."}) {
            assertThat(english.detect(sentence).reasons()).as(sentence).contains(Reason.ATTRIBUTION);
        }
    }

    @Test
    void namesAreCapitalisedWordsAfterTheFirst() {
        Features features = english.detect("Kim's aide Kim Yong Chol met Secretary of State Mike Pompeo.");

        assertThat(features.reasons()).contains(Reason.NAMED_ENTITY);
        assertThat(features.names()).isEqualTo(2);
        assertThat(english.detect("In retaliation, Mr. Clinton ordered a strike.").names()).isEqualTo(1);
        assertThat(english.detect("The talks went well for everyone.").reasons()).doesNotContain(Reason.NAMED_ENTITY);
        assertThat(english.detect("Yesterday the talks went well.").reasons()).doesNotContain(Reason.NAMED_ENTITY);
    }

    @Test
    void placesComeFromTheGazetteerAndAreNoNames() {
        Features features = english.detect("Talks in Pyongyang, Seoul and New York focused on North Korea's programme.");

        assertThat(features.reasons()).contains(Reason.PLACE).doesNotContain(Reason.NAMED_ENTITY);
        assertThat(features.places()).isEqualTo(4);
        assertThat(english.detect("Seoul-based journalists agreed.").reasons()).contains(Reason.PLACE);
        assertThat(english.detect("Officials from the US arrived.").reasons()).contains(Reason.PLACE);
        assertThat(english.detect("Many of us arrived.").reasons()).doesNotContain(Reason.PLACE);
    }

    @Test
    void germanNamesNeedTwoCapitalisedWords() {
        assertThat(german.detect("Der Minister besuchte das Parlament.").reasons()).doesNotContain(Reason.NAMED_ENTITY);
        assertThat(german.detect("Der Minister traf Sergej Lawrow in Moskau.").reasons())
                .contains(Reason.NAMED_ENTITY, Reason.PLACE);
    }

    @Test
    void signsAgainstCheckWorthiness() {
        assertThat(english.detect("Did Kim meet Xi twice?").question()).isTrue();
        assertThat(english.detect("It was a shameful and terrible decision.").opinion()).isTrue();
        assertThat(english.detect("Great Britain left the union.").opinion()).isFalse();
    }
}
