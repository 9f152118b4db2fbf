package org.claimdesk.publishing.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Rationales reach the PDF as Markdown rendered safely: no raw HTML, no script links, no remote images. */
class SafeRationaleTest {

    private static Element rendered(String markdown) {
        Element parent = Document.createShell("").body();
        SafeRationale.appendTo(parent, markdown);
        return parent.selectFirst("div.rationale");
    }

    @Test
    void markdownBecomesMarkup() {
        Element rationale = rendered("The **report** says so; see [the data](https://example.org/data).\n\n- one\n- two");

        assertThat(rationale.select("strong").text()).isEqualTo("report");
        assertThat(rationale.select("a").attr("href")).isEqualTo("https://example.org/data");
        assertThat(rationale.select("li")).hasSize(2);
    }

    @Test
    void rawHtmlStaysText() {
        Element rationale = rendered("Look: <script>alert(1)</script> <b onclick=\"x()\">bold</b>");

        assertThat(rationale.select("script, b")).isEmpty();
        assertThat(rationale.text()).contains("<script>alert(1)</script>", "<b onclick=\"x()\">bold</b>");
    }

    @Test
    void scriptLinksLoseTheirTarget() {
        Element rationale = rendered("[click](javascript:alert(1))");

        assertThat(rationale.select("a").attr("href")).doesNotContain("javascript");
    }

    @Test
    void imagesBecomeTheirAltTextSoNothingIsFetched() {
        Element rationale = rendered("A chart: ![Container volumes 2025](https://tracker.example/pixel.png)");

        assertThat(rationale.select("img")).isEmpty();
        assertThat(rationale.text()).contains("Container volumes 2025");
    }
}
