package org.claimdesk.publishing.report.internal;

/**
 * The PDF's CSS. Page numbers come from CSS {@code @page} counters: lower-roman on the front matter,
 * decimal on the body, where each chunk starts its counter where the previous one stopped.
 */
final class PdfStyles {

    static final String FONT = "DejaVu Sans";

    private static final String COMMON = """
            body { font-family: '%1$s'; font-size: 9.5pt; line-height: 1.4; color: #1a1a1a; }
            a { color: #1a5fb4; text-decoration: none; }
            h1 { font-size: 15pt; margin: 0 0 6pt 0; }
            table { border-collapse: collapse; width: 100%%; }
            """;

    private static final String FRONT = """
            @page { size: A4; margin: 22mm 20mm 22mm 20mm;
                    @bottom-right { content: "%2$s " counter(page, lower-roman); font-family: '%1$s';
                                    font-size: 8pt; color: #555; } }
            @page :first { @bottom-right { content: none; } }
            .cover { page-break-after: always; padding-top: 40mm; }
            .cover h1 { font-size: 26pt; margin-bottom: 4pt; }
            .brand { font-size: 11pt; font-weight: bold; color: #1a5fb4; letter-spacing: 1pt; margin: 0; }
            .generated { color: #555; margin-bottom: 24pt; }
            .cover h2 { font-size: 12pt; border-bottom: 1px solid #999; padding-bottom: 2pt; }
            .scope th { text-align: left; width: 35%%; padding: 3pt 6pt 3pt 0; color: #444; vertical-align: top; }
            .scope td { padding: 3pt 0; }
            .toc td { padding: 3pt 0; border-bottom: 0.5pt dotted #bbb; vertical-align: top; }
            .toc-claims { color: #555; font-size: 8.5pt; text-align: right; padding-right: 8pt; white-space: nowrap; }
            .toc-page { text-align: right; width: 12mm; }
            """;

    private static final String BODY = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
                    @bottom-left { content: "ClaimDesk · %3$s"; font-family: '%1$s'; font-size: 8pt; color: #555; }
                    @bottom-right { content: "%2$s " counter(page); font-family: '%1$s'; font-size: 8pt;
                                    color: #555; } }
            .article { margin-bottom: 12pt; }
            .article-title { border-bottom: 1px solid #999; padding-bottom: 2pt; page-break-after: avoid; }
            .article-url { font-size: 8pt; margin: 0 0 6pt 0; word-wrap: break-word; page-break-after: avoid; }
            .claim { page-break-inside: avoid; border-left: 3pt solid #c8c8c8; padding: 2pt 0 2pt 8pt; margin: 10pt 0; }
            .quote { color: #333; margin: 0 0 3pt 0; }
            .statement { font-weight: bold; margin: 0 0 3pt 0; }
            .meta, .approval { color: #555; font-size: 8.5pt; margin: 0 0 3pt 0; }
            .rating { margin: 4pt 0; }
            .badge { color: #ffffff; font-weight: bold; padding: 1pt 5pt; border-radius: 3pt; }
            .no-verdict { color: #555; }
            .rationale p { margin: 0 0 4pt 0; }
            .sources-heading { font-weight: bold; font-size: 8.5pt; margin: 4pt 0 2pt 0; }
            .sources { margin: 0; padding-left: 14pt; font-size: 8.5pt; }
            .url { font-size: 7.5pt; color: #555; word-wrap: break-word; }
            """;

    private PdfStyles() {
    }

    static String front(ReportLabels labels) {
        return (COMMON + FRONT).formatted(FONT, cssString(labels.get("report.page")));
    }

    static String body(ReportLabels labels) {
        return (COMMON + BODY).formatted(FONT, cssString(labels.get("report.page")),
                cssString(labels.get("report.title")));
    }

    /** The scale's colour if it is a plain hex colour (the database checks that too), grey otherwise. */
    static String safeColour(String colour) {
        return colour.matches("#[0-9a-fA-F]{6}") ? colour : "#607d8b";
    }

    /** Text for a CSS string literal: quotes and backslashes escaped, line breaks dropped. */
    private static String cssString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]", " ");
    }
}
