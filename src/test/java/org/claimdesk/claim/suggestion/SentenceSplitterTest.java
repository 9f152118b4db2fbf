package org.claimdesk.claim.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter english = new SentenceSplitter(Locale.ENGLISH);

    private List<String> sentences(String text) {
        List<Sentence> sentences = english.split(text);
        for (Sentence sentence : sentences) {
            assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void splitsParagraphsIntoSentencesWithOffsets() {
        assertThat(sentences("Lavrov met Kim on Thursday. He invited him to Russia.\n\nThe talks took two hours."))
                .containsExactly("Lavrov met Kim on Thursday.", "He invited him to Russia.", "The talks took two hours.");
    }

    @Test
    void keepsTitlesAndAbbreviationsInsideTheSentence() {
        assertThat(sentences("Mr. Smith met Dr. Jones and Gen. Lee in the U.S. Senate on Monday. He left early."))
                .containsExactly("Mr. Smith met Dr. Jones and Gen. Lee in the U.S. Senate on Monday.", "He left early.");
    }

    @Test
    void keepsInitialsInsideTheSentence() {
        assertThat(sentences("The photo was taken by V. Sharifulin in Pyongyang. It went round the world."))
                .containsExactly("The photo was taken by V. Sharifulin in Pyongyang.", "It went round the world.");
    }

    @Test
    void aDottedAbbreviationBeforeANewSentenceStillEndsIt() {
        assertThat(sentences("Trump flew to the U.S. The talks were over by 6 p.m. The next day he spoke again."))
                .containsExactly("Trump flew to the U.S.", "The talks were over by 6 p.m.", "The next day he spoke again.");
    }

    @Test
    void germanAbbreviationsAreKeptToo() {
        List<Sentence> sentences = new SentenceSplitter(Locale.GERMAN)
                .split("Laut Dr. Müller kamen z. B. am 3. Mai rund 200 Menschen. Das war ein Rekord.");

        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("Laut Dr. Müller kamen z. B. am 3. Mai rund 200 Menschen.", "Das war ein Rekord.");
    }

    @Test
    void eachLineOfAParagraphIsSplitOnItsOwnWithoutItsBullet() {
        assertThat(sentences("What happened\n  • Lavrov invited the leader to visit Russia.\n  • He told Kim about it."))
                .containsExactly("Lavrov invited the leader to visit Russia.", "He told Kim about it.");
    }

    @Test
    void aRunInLabelIsLeftOut() {
        assertThat(sentences("Russia's role:\u00A0 Russia, which shares a border with North Korea, has stayed out."))
                .containsExactly("Russia, which shares a border with North Korea, has stayed out.");
        assertThat(sentences("Series of meetings: Kim has met twice with Xi. He may meet Trump."))
                .containsExactly("Kim has met twice with Xi.", "He may meet Trump.");
    }

    @Test
    void aSpeakerBeforeAColonIsNoLabel() {
        assertThat(sentences("Lavrov said: Moscow supports peace on the peninsula."))
                .containsExactly("Lavrov said: Moscow supports peace on the peninsula.");
        assertThat(sentences("Lavrov: \"Moscow supports peace on the peninsula.\""))
                .containsExactly("Lavrov: \"Moscow supports peace on the peninsula.\"");
    }

    @Test
    void skipsPageFurniture() {
        String raw = """
                1. Skip to content
                  2. Skip to main menu
                Politics

                Lavrov meets Kim Jong Un in North Korea

                May 31, 2018

                Russian Foreign Minister Sergey Lavrov meeting Kim Jong Un in Pyongyang
                Image: Getty Images/AFP/V. Sharifulin

                00:46

                This browser does not support the video element.

                Lavrov met Kim in Pyongyang on Thursday.

                ap/rt (AP, AFP, Reuters)

                Every evening at 1830 UTC, DW's editors send out a selection of the day's hard news. You can sign up to receive it directly here.

                Skip next section DW's Top Story

                DW's Top Story
                """;

        assertThat(sentences(raw)).containsExactly("Lavrov met Kim in Pyongyang on Thursday.");
    }
}
