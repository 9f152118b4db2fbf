package org.claimdesk.publishing.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The printable report. openhtmltopdf lays out a whole XHTML document in memory, so the claims are laid out
 * in chunks of at most {@value #CHUNK_CLAIMS} as they stream in, each chunk's pages added to one PDF whose
 * page content PDFBox keeps in a temporary file; each chunk's page counter continues the previous one. The
 * front matter (cover and contents, which needs every article's first page) is laid out last and moved to
 * the front. What stays in memory for the whole report is one contents line per article and PDFBox's
 * small page dictionaries (see {@code ReportHeapBenchmark} for the measured heap).
 */
@Component
public class PdfReportWriter implements ReportWriter {

    /** Claims laid out at a time: bounds the layout's memory. */
    static final int CHUNK_CLAIMS = 100;

    private static final UUID NO_ARTICLE = new UUID(0, 0);

    @Override
    public void write(ReportHeader header, Iterator<ReportClaim> claims, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PdfPages pages = new PdfPages(pdf);
            ReportXhtml xhtml = new ReportXhtml(header.labels());
            Body body = new Body(xhtml, pages, header.labels().get("report.no-article"));
            while (claims.hasNext()) {
                body.add(claims.next());
            }
            body.finish();
            int bodyPages = pdf.getNumberOfPages();
            int frontPages = pages.add(xhtml.frontMatter(header, body.contents), 1).pageCount();
            moveToFront(pdf, bodyPages, frontPages);
            pdf.getDocumentCatalog().setDocumentOutline(outline(pdf, frontPages, body.contents, header.labels()));
            pdf.getDocumentInformation().setTitle(header.labels().get("report.title"));
            pdf.getDocumentInformation().setCreator("ClaimDesk");
            pdf.save(new KeepOpenOutputStream(out));
        }
    }

    /** The body as it grows: the open chunk and the contents so far. */
    private static final class Body {

        private final ReportXhtml xhtml;
        private final PdfPages pages;
        private final String noArticleTitle;
        private final List<ContentsEntry> contents = new ArrayList<>();
        private List<ArticleSection> open = new ArrayList<>();
        private int openClaims;
        private int nextPage = 1;
        private @Nullable UUID currentArticle;

        Body(ReportXhtml xhtml, PdfPages pages, String noArticleTitle) {
            this.xhtml = xhtml;
            this.pages = pages;
            this.noArticleTitle = noArticleTitle;
        }

        void add(ReportClaim claim) throws IOException {
            ReportClaim.Appearance primary = claim.primaryAppearance();
            UUID article = primary == null ? NO_ARTICLE : primary.articleId();
            String title = primary == null ? noArticleTitle : primary.articleTitle();
            String url = primary == null ? null : primary.articleUrl();
            if (!article.equals(currentArticle)) {
                currentArticle = article;
                contents.add(new ContentsEntry(title));
                open.add(new ArticleSection(contents.size() - 1, title, url, false));
            } else if (open.isEmpty()) {
                open.add(new ArticleSection(contents.size() - 1, title, url, true));
            }
            open.getLast().claims().add(claim);
            contents.getLast().countClaim();
            if (++openClaims >= CHUNK_CLAIMS) {
                flush();
            }
        }

        void finish() throws IOException {
            if (!open.isEmpty()) {
                flush();
            }
        }

        private void flush() throws IOException {
            PdfPages.Rendered rendered = pages.add(xhtml.chunk(open), nextPage);
            for (ArticleSection section : open) {
                if (!section.continued()) {
                    contents.get(section.contentsIndex()).startsOn(
                            Objects.requireNonNullElse(rendered.anchorPages().get(section.anchor()), nextPage));
                }
            }
            nextPage += rendered.pageCount();
            open = new ArrayList<>();
            openClaims = 0;
        }
    }

    /** The front matter was laid out after the body; its pages go before the body's, in their order. */
    private static void moveToFront(PDDocument pdf, int bodyPages, int frontPages) {
        PDPageTree tree = pdf.getPages();
        if (bodyPages == 0) {
            return;
        }
        PDPage firstBodyPage = tree.get(0);
        List<PDPage> front = new ArrayList<>();
        for (int index = bodyPages; index < bodyPages + frontPages; index++) {
            front.add(tree.get(index));
        }
        for (PDPage page : front) {
            tree.remove(page);
            tree.insertBefore(page, firstBodyPage);
        }
    }

    /** Bookmarks: the contents, then each article at its first page. */
    private static PDDocumentOutline outline(PDDocument pdf, int frontPages, List<ContentsEntry> contents,
            ReportLabels labels) {
        PDDocumentOutline outline = new PDDocumentOutline();
        outline.addLast(bookmark(labels.get("report.contents"), pdf.getPage(Math.min(1, frontPages - 1))));
        for (ContentsEntry entry : contents) {
            outline.addLast(bookmark(entry.title(), pdf.getPage(frontPages + entry.page() - 1)));
        }
        return outline;
    }

    private static PDOutlineItem bookmark(String title, PDPage page) {
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(page);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }
}
