package org.claimdesk.publishing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The PDF, read back with PDFBox: cover, contents, page numbers, and each claim as published. */
@ClaimDeskIntegrationTest
class PdfReportTest {

    private static final Pattern PAGE_NUMBER = Pattern.compile("Verified claims report Page (\\d+)");
    private static final String DW_TITLE = "Lavrov meets Kim Jong Un in North Korea";

    @Autowired
    ReportService reports;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    BulkClaims bulk;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void aReportHasACoverContentsPageNumbersAndTheClaimsAsPublished() throws IOException {
        String tag = "pdf-" + System.nanoTime();
        UUID first = fixtures.published("Hamburg's harbour moved 8.1 million boxes – ein Rekord für Hamburg", tag);
        fixtures.published("Rotterdam handled more containers than Hamburg", tag);
        String harbourArticle = articleTitle(first);
        String sourceUrl = claims.find(first).orElseThrow().sources().getFirst().url();
        fixtures.signIn("viewer");
        // the demo desk's published DW claims are tagged north-korea: a second article, dated, so it comes first
        List<String> pages = pages(write(ReportScope.published().withTags(Set.of(tag, "north-korea"))));

        assertThat(pages.get(0)).contains("ClaimDesk", "Verified claims report", "Generated", "Scope",
                "All articles", "north-korea, " + tag, "Published").doesNotContain("Page");
        String contents = pages.get(1);
        assertThat(contents).contains("Page ii", "Contents", DW_TITLE, harbourArticle, "2 claims");
        assertThat(contents.indexOf(DW_TITLE)).isLessThan(contents.indexOf(harbourArticle));
        List<String> body = pages.subList(2, pages.size());
        for (int index = 0; index < body.size(); index++) {
            assertThat(pageNumber(body.get(index))).isEqualTo(index + 1);
        }
        String all = String.join("\n", body);
        assertThat(all).contains("Hamburg's harbour moved 8.1 million boxes – ein Rekord für Hamburg")
                .contains("Rotterdam handled more containers than Hamburg")
                .contains("“8.1 million containers”").contains("True").contains("(5 of 5)")
                .contains("The port's annual report gives 8.1 million.").contains("Approved by")
                .contains(sourceUrl).contains("accessed").contains("Sergey Lavrov");
        assertThat(contentsPage(contents, DW_TITLE)).isEqualTo(1).isEqualTo(pageOf(body, DW_TITLE));
        assertThat(contentsPage(contents, harbourArticle)).isEqualTo(pageOf(body, harbourArticle));
    }

    @Test
    void aLongReportIsLaidOutInChunksWhosePagesNumberOnAndWhoseArticlesAreBookmarked() throws IOException {
        String tag = "pdf-bulk-" + System.nanoTime();
        bulk.published(tag, 130, 65);
        fixtures.signIn("viewer");

        byte[] pdf = write(ReportScope.published().withTags(Set.of(tag)));

        List<String> pages = pages(pdf);
        int frontPages = 2;
        List<String> body = pages.subList(frontPages, pages.size());
        for (int index = 0; index < body.size(); index++) {
            assertThat(pageNumber(body.get(index))).as("body page %d", index + 1).isEqualTo(index + 1);
        }
        String all = String.join("\n", body);
        assertThat(all).contains("Bulk claim 1:", "Bulk claim 130:", "Bulk article " + tag + " 66 (continued)");
        assertThat(contentsPage(pages.get(1), "Bulk article " + tag + " 66"))
                .isEqualTo(pageOf(body, "Bulk article " + tag + " 66"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("Contents", "Bulk article " + tag + " 1",
                    "Bulk article " + tag + " 66");
        }
    }

    private byte[] write(ReportScope scope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(scope, ReportFormat.PDF, out, ProgressListener.NONE);
        return out.toByteArray();
    }

    private String articleTitle(UUID claimId) {
        return claims.find(claimId).orElseThrow().appearances().getFirst().articleTitle();
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    private static int pageNumber(String page) {
        Matcher matcher = PAGE_NUMBER.matcher(page);
        assertThat(matcher.find()).as("a page number at the foot of: %s", page).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    /** The page number the contents give for an article. */
    private static int contentsPage(String contents, String title) {
        Matcher matcher = Pattern.compile(Pattern.quote(title) + " .*?(\\d+)\\s*$", Pattern.MULTILINE)
                .matcher(contents);
        assertThat(matcher.find()).as("%s in the contents: %s", title, contents).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    /** The number of the body page on which an article's heading stands. */
    private static int pageOf(List<String> body, String title) {
        for (String page : body) {
            if (page.lines().anyMatch(line -> line.strip().equals(title))) {
                return pageNumber(page);
            }
        }
        throw new AssertionError(title + " is on no page");
    }
}
