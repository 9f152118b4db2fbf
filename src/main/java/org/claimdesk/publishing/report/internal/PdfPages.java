package org.claimdesk.publishing.report.internal;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Lays out XHTML documents one after another as pages of one PDF with openhtmltopdf. The renderer fetches
 * nothing (no images, fonts or style sheets from any address). Every layout uses the same two embedded
 * DejaVu Sans fonts (see {@code report/DejaVu-LICENSE.txt}), so statements in any European script print as
 * written and the PDF carries one font subset, however many layouts made it.
 */
final class PdfPages {

    private static final Pattern ANCHOR = Pattern.compile("article-\\d+");

    static {
        // openhtmltopdf logs every step of every layout at INFO; a report would flood the log
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    /** What one layout added: its page count and, for each {@code article-N} id, the page number it starts on. */
    record Rendered(int pageCount, Map<String, Integer> anchorPages) {
    }

    private final PDDocument pdf;
    private final PDFontSupplier regularSupplier;
    private final PDFontSupplier boldSupplier;
    // the fonts' metrics, read once per document rather than once per layout
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    /** @param pdf the document the pages are added to, which the caller saves and closes */
    PdfPages(PDDocument pdf) throws IOException {
        this.pdf = pdf;
        this.regularSupplier = new PDFontSupplier(font(pdf, "DejaVuSans.ttf"));
        this.boldSupplier = new PDFontSupplier(font(pdf, "DejaVuSans-Bold.ttf"));
    }

    /**
     * Adds the document's pages at the end of the PDF. Only the layout of this one document is in memory
     * meanwhile; the pages already added keep their content in the PDF's stream cache.
     *
     * @param firstPageNumber the number the CSS page counter starts at, so a chunk continues its predecessor
     */
    Rendered add(Document xhtml, int firstPageNumber) throws IOException {
        int pagesBefore = pdf.getNumberOfPages();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePDDocument(pdf)
                .withW3cDocument(new W3CDom().fromJsoup(xhtml), "about:blank")
                .useInitialPageNumber(firstPageNumber)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics)
                .withProducer("ClaimDesk");
        builder.useFont(regularSupplier, PdfStyles.FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(boldSupplier, PdfStyles.FONT, 700, FontStyle.NORMAL, true);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            // positions are known once the pages are drawn
            Map<String, Integer> anchorPages = new HashMap<>();
            for (PagePosition<Box> position : renderer.findPagePositionsByID(ANCHOR)) {
                anchorPages.putIfAbsent(position.getId(), firstPageNumber + position.getPageNo());
            }
            return new Rendered(pdf.getNumberOfPages() - pagesBefore, anchorPages);
        }
    }

    private static PDFont font(PDDocument pdf, String name) throws IOException {
        try (InputStream font = PdfPages.class.getResourceAsStream("/report/" + name)) {
            if (font == null) {
                throw new IOException("The report font " + name + " is missing from the jar");
            }
            return PDType0Font.load(pdf, font, true);
        }
    }
}
