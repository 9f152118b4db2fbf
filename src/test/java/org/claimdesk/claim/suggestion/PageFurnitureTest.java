package org.claimdesk.claim.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Skip to content", "Skip next section Explore more", "Image: Getty Images/AFP/V. Sharifulin",
        "Photo: picture-alliance/dpa", "00:46", "01:02:03", "This browser does not support the video element.",
        "Please enable JavaScript to watch this video.", "ap/rt (AP, AFP, Reuters)", "dh/rc (dpa, Reuters)",
        "(AP, AFP, Reuters)", "DW NEWS", "Read more", "More stories from DW", "Share this article",
        "Advertisement", "We use cookies. Accept all cookies to continue.", "Subscribe to our newsletter!",
        "Every evening at 1830 UTC, DW's editors send out a selection. You can sign up to receive it directly here.",
        "© 2018 Deutsche Welle. All rights reserved.", "Politics", "Waning influence", "What happened",
        "May 31, 2018", "Lavrov meets Kim Jong Un in North Korea", "Russia's role:", "   "})
    void recognisesFurniture(String line) {
        assertThat(PageFurniture.isFurniture(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Lavrov met Kim in Pyongyang on Thursday.",
        "Netflix said it gained 2 million subscribers who sign up for the cheapest plan, more than expected.",
        "\"It's not a central player,\" journalist Jason Strother told DW.",
        "Kim has met twice with Xi?",
        "The EU's cookie law took effect in 2011 and covers every website that serves users in the bloc today"})
    void keepsArticleSentences(String line) {
        assertThat(PageFurniture.isFurniture(line)).isFalse();
    }
}
