package org.claimdesk.publishing.report.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.claimdesk.publishing.report.ReportScope;
import org.claimdesk.review.ReviewState;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The PDF's pages as XHTML, built with jsoup so that every text from the desk goes in as escaped text:
 * the front matter (cover and contents) and the body chunks (articles with their claims).
 */
final class ReportXhtml {

    private final ReportLabels labels;

    ReportXhtml(ReportLabels labels) {
        this.labels = labels;
    }

    /** The cover with the scope and date, then the table of contents; numbered i, ii, …. */
    Document frontMatter(ReportHeader header, List<ContentsEntry> contents) {
        Document document = shell(PdfStyles.front(labels));
        Element body = document.body();
        Element cover = body.appendElement("div").addClass("cover");
        cover.appendElement("p").addClass("brand").text("ClaimDesk");
        cover.appendElement("h1").text(labels.get("report.title"));
        cover.appendElement("p").addClass("generated")
                .text(labels.get("report.generated", labels.dateTime(header.generatedAt())));
        cover.appendElement("h2").text(labels.get("report.scope.heading"));
        Element scope = cover.appendElement("table").addClass("scope");
        ReportScope asked = header.scope();
        scopeRow(scope, "report.scope.article", header.scopeArticleTitle() == null
                ? labels.get("report.scope.all-articles") : header.scopeArticleTitle());
        scopeRow(scope, asked.dateBasis() == ReportScope.DateBasis.CLAIM_DATE ? "report.scope.claim-dates"
                : "report.scope.publication-dates", range(asked));
        scopeRow(scope, "report.scope.tags", anyIfEmpty(asked.tags().stream().sorted().toList()));
        scopeRow(scope, "report.scope.ratings", anyIfEmpty(asked.ratingCodes().stream().sorted().toList()));
        scopeRow(scope, "report.scope.states", asked.states().stream().sorted().map(labels::state)
                .collect(Collectors.joining(", ")));
        scopeRow(scope, "report.scope.claims", String.valueOf(header.claimCount()));
        scopeRow(scope, "report.scope.articles", String.valueOf(contents.size()));

        Element toc = body.appendElement("div").addClass("contents").id("contents");
        toc.appendElement("h1").text(labels.get("report.contents"));
        Element table = toc.appendElement("table").addClass("toc");
        for (ContentsEntry entry : contents) {
            Element row = table.appendElement("tr");
            row.appendElement("td").addClass("toc-title").text(entry.title());
            row.appendElement("td").addClass("toc-claims").text(labels.get("report.claim.count", entry.claims()));
            row.appendElement("td").addClass("toc-page").text(String.valueOf(entry.page()));
        }
        return document;
    }

    /** Articles with their claims; the heading of each new article has the id the contents find it by. */
    Document chunk(List<ArticleSection> sections) {
        Document document = shell(PdfStyles.body(labels));
        for (ArticleSection section : sections) {
            Element article = document.body().appendElement("div").addClass("article");
            Element heading = article.appendElement("h1").addClass("article-title");
            heading.text(section.continued() ? labels.get("report.continued", section.title()) : section.title());
            if (!section.continued()) {
                heading.id(section.anchor());
            }
            if (section.url() != null) {
                article.appendElement("p").addClass("article-url").appendElement("a").attr("href", section.url())
                        .text(section.url());
            }
            for (ReportClaim claim : section.claims()) {
                appendClaim(article, claim);
            }
        }
        return document;
    }

    private void appendClaim(Element article, ReportClaim claim) {
        Element box = article.appendElement("div").addClass("claim");
        ReportClaim.Appearance primary = claim.primaryAppearance();
        if (primary != null) {
            box.appendElement("p").addClass("quote").text("“" + primary.quote() + "”");
        }
        box.appendElement("p").addClass("statement").text(claim.statement());
        box.appendElement("p").addClass("meta").text(meta(claim));
        ReportClaim.Verdict verdict = claim.verdict();
        if (verdict == null) {
            box.appendElement("p").addClass("no-verdict").text(labels.get("report.claim.no-verdict"));
        } else {
            Element rating = box.appendElement("p").addClass("rating");
            rating.appendElement("span").addClass("badge").attr("style", "background-color: "
                    + PdfStyles.safeColour(verdict.ratingColour())).text(verdict.ratingLabel());
            if (verdict.ratingValue() != null) {
                rating.appendText(" " + labels.get("report.claim.rating-value", verdict.ratingValue()));
            }
            SafeRationale.appendTo(box, verdict.rationale());
            if (verdict.approvedBy() != null && verdict.publishedAt() != null) {
                box.appendElement("p").addClass("approval").text(labels.get("report.claim.approved",
                        verdict.approvedBy(), labels.dateTime(verdict.publishedAt())));
            }
        }
        appendSources(box, claim.sources());
        if (claim.appearances().size() > 1) {
            box.appendElement("p").addClass("meta").text(labels.get("report.claim.also-in", claim.appearances()
                    .stream().skip(1).map(ReportClaim.Appearance::articleTitle).distinct()
                    .collect(Collectors.joining("; "))));
        }
    }

    private void appendSources(Element box, List<ReportClaim.Source> sources) {
        if (sources.isEmpty()) {
            return;
        }
        box.appendElement("p").addClass("sources-heading").text(labels.get("report.claim.sources"));
        Element list = box.appendElement("ol").addClass("sources");
        for (ReportClaim.Source source : sources) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", source.url()).text(source.title());
            StringBuilder details = new StringBuilder();
            if (source.publisher() != null) {
                details.append(" · ").append(source.publisher());
            }
            if (source.publishedOn() != null) {
                details.append(" · ").append(labels.date(source.publishedOn()));
            }
            if (source.accessedOn() != null) {
                details.append(" · ").append(labels.get("report.claim.accessed", labels.date(source.accessedOn())));
            }
            item.appendText(details.toString());
            item.appendElement("br");
            item.appendElement("span").addClass("url").text(source.url());
        }
    }

    private String meta(ReportClaim claim) {
        StringBuilder meta = new StringBuilder();
        if (claim.claimant() != null) {
            meta.append(labels.get("report.claim.claimant", claim.claimant()));
        }
        if (claim.claimDate() != null) {
            meta.append(meta.isEmpty() ? "" : " · ").append(labels.date(claim.claimDate()));
        }
        if (claim.state() != ReviewState.PUBLISHED) {
            meta.append(meta.isEmpty() ? "" : " · ").append(labels.get("report.claim.state", labels.state(claim.state())));
        }
        return meta.toString();
    }

    private void scopeRow(Element table, String key, String value) {
        Element row = table.appendElement("tr");
        row.appendElement("th").text(labels.get(key));
        row.appendElement("td").text(value);
    }

    private String range(ReportScope scope) {
        if (scope.from() == null && scope.to() == null) {
            return labels.get("report.scope.any");
        }
        if (scope.to() == null) {
            return labels.get("report.scope.from", labels.date(scope.from()));
        }
        if (scope.from() == null) {
            return labels.get("report.scope.to", labels.date(scope.to()));
        }
        return labels.get("report.scope.range", labels.date(scope.from()), labels.date(scope.to()));
    }

    private String anyIfEmpty(List<String> values) {
        return values.isEmpty() ? labels.get("report.scope.any") : String.join(", ", values);
    }

    private Document shell(String css) {
        Document document = Document.createShell("");
        document.head().appendElement("meta").attr("charset", "UTF-8");
        document.head().appendElement("title").text(labels.get("report.title"));
        document.head().appendElement("style").appendChild(new DataNode(css));
        return document;
    }
}
