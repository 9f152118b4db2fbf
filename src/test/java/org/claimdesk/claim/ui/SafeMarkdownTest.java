package org.claimdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void rendersMarkdown() {
        assertThat(SafeMarkdown.html("The **White House** confirmed it.\n\n- one\n- two"))
                .contains("<strong>White House</strong>", "<li>one</li>");
    }

    @Test
    void neverLetsMarkupOrScriptLinksThrough() {
        String html = SafeMarkdown.html("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "[click](javascript:alert(3)) and [ok](https://example.org)");

        assertThat(html).doesNotContain("<script", "<img", "javascript:")
                .contains("&lt;script&gt;", "href=\"https://example.org\"");
    }
}
