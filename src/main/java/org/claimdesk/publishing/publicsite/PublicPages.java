package org.claimdesk.publishing.publicsite;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.claimdesk.claim.Rating;
import org.claimdesk.claim.RationaleHtml;
import org.claimdesk.publishing.PublicClaim;
import org.claimdesk.publishing.internal.ClaimReviewJson;
import org.claimdesk.publishing.internal.PublishedClaims;
import org.claimdesk.publishing.internal.ReviewedClaim;
import org.claimdesk.review.PublishedVerdict;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** The public surfaces: published claims, the ClaimReview feed, the methodology and the corrections. */
@RestController
@Transactional(readOnly = true)
class PublicPages {

    private static final MediaType LD_JSON = MediaType.parseMediaType("application/ld+json");

    private final PublishedClaims published;
    private final ClaimReviewJson claimReviews;
    private final String organisation;
    private final String configuredBaseUrl;
    private final int feedPage;
    private final JsonMapper json = JsonMapper.builder().build();

    PublicPages(PublishedClaims published, ClaimReviewJson claimReviews,
            @Value("${claimdesk.organisation.name:ClaimDesk}") String organisation,
            @Value("${claimdesk.public-url:}") String configuredBaseUrl,
            @Value("${claimdesk.public.feed-page:500}") int feedPage) {
        this.published = published;
        this.claimReviews = claimReviews;
        this.organisation = organisation;
        this.configuredBaseUrl = configuredBaseUrl.replaceAll("/+$", "");
        this.feedPage = feedPage;
    }

    @GetMapping(value = "/public/claims/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> claim(@PathVariable String id) {
        PublicClaim claim = parse(id).flatMap(published::find).orElse(null);
        if (claim == null) {
            PublicPage missing = new PublicPage("Not found", organisation, baseUrl() + "/public/methodology");
            missing.main.appendElement("p").text("There is no published fact-check at this address.");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML).body(missing.html());
        }
        String url = baseUrl() + "/public/claims/" + claim.claimId();
        PublicPage page = new PublicPage(claim.statement(), organisation, url);
        page.document.head().appendElement("script").attr("type", "application/ld+json")
                .appendChild(new org.jsoup.nodes.DataNode(json.writeValueAsString(
                        claimReviews.of(claim, baseUrl(), true)).replace("</", "<\\/")));
        Element main = page.main;
        Element rating = main.appendElement("p").addClass("rating");
        rating.appendElement("span").addClass("badge").attr("style", "background:" + safeColour(claim))
                .text(claim.verdict().ratingLabel());
        Element facts = main.appendElement("p").addClass("facts");
        facts.appendText((claim.claimant() == null ? "" : "Claimed by " + claim.claimant())
                + (claim.claimDate() == null ? "" : " on " + claim.claimDate()) + ". Published "
                + PublicPage.date(claim.firstPublishedAt()) + ", approved by " + claim.verdict().approvedBy() + ".");
        main.appendElement("h2").text("Why");
        main.appendElement("div").addClass("rationale")
                .html(PublicPage.clean(RationaleHtml.of(claim.verdict().rationale())));
        main.appendElement("h2").text("Sources");
        Element sources = main.appendElement("ul").addClass("sources");
        for (PublishedVerdict.Source source : claim.verdict().sources()) {
            Element item = sources.appendElement("li");
            item.appendElement("a").attr("href", source.url()).attr("rel", "nofollow noopener").text(source.title());
            item.appendText((source.publisher() == null ? "" : ", " + source.publisher())
                    + ", accessed " + source.accessedOn());
        }
        if (!claim.appearances().isEmpty()) {
            main.appendElement("h2").text("Where the claim appeared");
            Element appearances = main.appendElement("ul");
            claim.appearances().forEach(appearance -> {
                Element item = appearances.appendElement("li");
                if (appearance.url() != null) {
                    item.appendElement("a").attr("href", appearance.url()).attr("rel", "nofollow noopener")
                            .text(appearance.title());
                } else {
                    item.text(appearance.title());
                }
            });
        }
        main.appendElement("h2").text("Corrections");
        if (claim.corrections().isEmpty()) {
            main.appendElement("p").addClass("corrections").text("None.");
        } else {
            Element list = main.appendElement("ul").addClass("corrections");
            claim.corrections().forEach(correction -> list.appendElement("li").text(describe(correction)));
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page.html());
    }

    /**
     * The ClaimReview feed, a schema.org DataFeed of every published claim, in the order the claims were
     * created. Without parameters it is the whole feed, written while it is read (one forward-only statement,
     * one claim in memory at a time). {@code ?page=n} (from 0) gives 500 of them ({@code claimdesk.public.feed-page}),
     * and {@code ?after=p} the 500 after feed position {@code p}; both answer with a {@code Link: rel="next"}
     * header ({@code ?after=}) while more follow, and a page after a position costs the same however far it is.
     */
    @GetMapping(value = "/public/claimreview.jsonld")
    void feed(@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Long after,
            HttpServletResponse response) throws IOException {
        if (page != null && page < 0 || after != null && after < 0 || page != null && after != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8);
            response.getWriter().write(page != null && after != null ? "give page or after, not both"
                    : page != null && page < 0 ? "page must be 0 or more" : "after must be 0 or more");
            return;
        }
        String baseUrl = baseUrl();
        response.setContentType(LD_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        if (page == null && after == null) {
            try (JsonGenerator out = feedStart(response.getOutputStream(), baseUrl)) {
                published.forEachReviewed(0, 0, null, claim -> out.writeTree(claimReviews.of(claim, baseUrl, false)));
                feedEnd(out);
            }
            return;
        }
        // a page is small: read it (and whether another follows) before the headers go out
        List<ReviewedClaim> claims = new ArrayList<>(feedPage + 1);
        published.forEachReviewed(after == null ? 0 : after, page == null ? 0 : (long) page * feedPage,
                feedPage + 1L, claims::add);
        if (claims.size() > feedPage) {
            claims.removeLast();
            response.setHeader(HttpHeaders.LINK, "<" + baseUrl + "/public/claimreview.jsonld?after="
                    + claims.getLast().feedPosition() + ">; rel=\"next\"");
        }
        try (JsonGenerator out = feedStart(response.getOutputStream(), baseUrl)) {
            claims.forEach(claim -> out.writeTree(claimReviews.of(claim, baseUrl, false)));
            feedEnd(out);
        }
    }

    private JsonGenerator feedStart(OutputStream body, String baseUrl) {
        JsonGenerator out = json.createGenerator(body, JsonEncoding.UTF8);
        out.writeStartObject();
        out.writeStringProperty("@context", "https://schema.org");
        out.writeStringProperty("@type", "DataFeed");
        out.writeStringProperty("url", baseUrl + "/public/claimreview.jsonld");
        out.writeName("dataFeedElement");
        out.writeStartArray();
        return out;
    }

    private static void feedEnd(JsonGenerator out) {
        out.writeEndArray();
        out.writeEndObject();
    }

    @GetMapping(value = "/public/methodology", produces = MediaType.TEXT_HTML_VALUE)
    String methodology() {
        PublicPage page = new PublicPage("How we check", organisation, baseUrl() + "/public/methodology");
        Element main = page.main;
        main.appendElement("p").text("Each claim is researched by a reviewer, who proposes a verdict resting on "
                + "named sources. A second person, an editor who did not propose it, approves the verdict before it "
                + "is published: nobody publishes their own work (the four-eyes rule).");
        main.appendElement("h2").text("Our rating scale");
        Element scale = main.appendElement("dl").addClass("scale");
        for (Rating rating : published.ratings()) {
            scale.appendElement("dt").appendElement("span").addClass("badge")
                    .attr("style", "background:" + (rating.colour().matches("#[0-9a-fA-F]{6}") ? rating.colour() : "#666"))
                    .text(rating.label());
            scale.appendElement("dd").text(rating.description()
                    + (rating.ratingValue() == null ? "" : " (rating value " + rating.ratingValue() + " of 5)"));
        }
        main.appendElement("h2").text("Corrections policy");
        main.appendElement("p").text("When a published verdict turns out wrong or incomplete, we correct it openly: "
                + "the corrected verdict goes through the same four-eyes approval, and the correction is listed on the "
                + "fact-check and on our corrections page with what changed, why, when and who approved it. Earlier "
                + "versions stay on record.");
        main.appendElement("p").appendElement("a").attr("href", "/public/corrections").text("All corrections");
        return page.html();
    }

    @GetMapping(value = "/public/corrections", produces = MediaType.TEXT_HTML_VALUE)
    String corrections() {
        PublicPage page = new PublicPage("Corrections", organisation, baseUrl() + "/public/corrections");
        List<PublicClaim.PublicCorrection> corrections = published.corrections();
        if (corrections.isEmpty()) {
            page.main.appendElement("p").text("No published verdict has needed a correction so far.");
        }
        Element list = page.main.appendElement("ul").addClass("corrections");
        corrections.forEach(correction -> {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", "/public/claims/" + correction.claimId()).text(correction.statement());
            item.appendElement("br");
            item.appendText(describe(correction));
        });
        return page.html();
    }

    private static String describe(PublicClaim.PublicCorrection correction) {
        return PublicPage.date(correction.publishedAt()) + ": rating changed from " + correction.previousRating()
                + " to " + correction.correctedRating() + (correction.rationaleChanged() ? ", rationale revised" : "")
                + ". Why: " + correction.reason() + " Approved by " + correction.approvedBy() + ".";
    }

    private static String safeColour(PublicClaim claim) {
        String colour = claim.verdict().ratingColour();
        return colour.matches("#[0-9a-fA-F]{6}") ? colour : "#666";
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return java.util.Optional.empty();
        }
    }

    private String baseUrl() {
        return configuredBaseUrl.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString().replaceAll("/+$", "")
                : configuredBaseUrl;
    }
}
