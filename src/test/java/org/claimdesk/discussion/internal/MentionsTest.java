package org.claimdesk.discussion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.claimdesk.discussion.internal.Mentions.Mention;
import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsEveryNameThatMightBeMeant() {
        assertThat(Mentions.candidates("Ask @Anna and @j.doe., then @x and @anna again"))
                .containsExactly("anna", "j.doe.", "j.doe");
    }

    @Test
    void anAtSignInsideAWordIsNoMention() {
        assertThat(Mentions.candidates("mail anna@example.org or @@anna or x.@anna")).isEmpty();
    }

    @Test
    void mentionsAreTheKnownNamesAndTheirPlaceInTheText() {
        String text = "Thanks @Anna. (@bob) and @nobody";

        assertThat(Mentions.in(text, Set.of("anna", "bob"))).containsExactly(
                new Mention(7, 12, "anna"), new Mention(15, 19, "bob"));
    }

    @Test
    void aNameEndingInPunctuationWinsOverItsShorterForm() {
        assertThat(Mentions.in("see @j.doe.", Set.of("j.doe.", "j.doe"))).singleElement()
                .isEqualTo(new Mention(4, 11, "j.doe."));
        assertThat(Mentions.in("see @j.doe.", Set.of("j.doe"))).singleElement()
                .isEqualTo(new Mention(4, 10, "j.doe"));
    }

    @Test
    void namesLongerThanAUsernameMayBeAreNotMentions() {
        assertThat(Mentions.candidates("@" + "a".repeat(65))).isEmpty();
        assertThat(Mentions.candidates("@" + "a".repeat(64))).hasSize(1);
        assertThat(Mentions.candidates("@a")).isEmpty();
    }
}
