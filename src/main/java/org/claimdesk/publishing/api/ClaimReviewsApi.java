package org.claimdesk.publishing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.i18n.EnglishMessages;
import org.claimdesk.publishing.ClaimReviewImportReport;
import org.claimdesk.publishing.ClaimReviewImportReport.Outcome;
import org.claimdesk.publishing.ClaimReviewImportService;
import org.claimdesk.publishing.ExternalReview;
import org.claimdesk.publishing.claimreview.ClaimReviewImportException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/claimreviews")
@Tag(name = "ClaimReview", description = "Other fact-checkers' ClaimReviews imported as claims")
class ClaimReviewsApi {

    static final String LD_JSON = "application/ld+json";

    private final ClaimReviewImportService imports;
    private final ClaimService claims;

    ClaimReviewsApi(ClaimReviewImportService imports, ClaimService claims) {
        this.imports = imports;
        this.claims = claims;
    }

    /** What an import did: how many reviews it imported, found already there or left out, and each of them. */
    record ImportResource(long imported, long alreadyImported, long failed, List<ItemResource> items) {
    }

    /**
     * One review of the input.
     *
     * @param outcome        imported, already-imported or failed
     * @param claim          the claim it became (now or before), with its external review; none when it failed
     * @param problem        why it failed, in words
     */
    record ItemResource(int position, String outcome, @Nullable UUID claimId, @Nullable URI reviewUrl,
            @Nullable ClaimDetails claim, @Nullable ExternalReview externalReview, @Nullable String problem) {
    }

    /** Checked in the method rather than by the mapping, so that a wrong type gets this API's problem too. */
    static final List<MediaType> ACCEPTED = List.of(MediaType.parseMediaType(LD_JSON), MediaType.APPLICATION_JSON,
            MediaType.TEXT_HTML);

    @PostMapping
    @Operation(summary = "Imports ClaimReview JSON-LD (an object, a list, a @graph or a DataFeed) or an HTML page "
            + "that embeds it, exactly as the app's import does. Each review becomes a claim with its external "
            + "review, its verdict mapped onto the desk's scale. A review whose address is on the desk already is "
            + "not imported again. Answers 201 when at least one review was new, 200 when all were there already, "
            + "400 when the input cannot be read or none of its reviews can be imported (each with the reason), "
            + "413 over 5 MB. Reviews that cannot be imported are listed with the reason while the others are "
            + "imported. Needs a Reviewer token.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "at most 5 MB and 1,000 reviews; UTF-8 unless the Content-Type names a charset",
                    content = {@Content(mediaType = LD_JSON, schema = @Schema(type = "string")),
                            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "string")),
                            @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string"))}),
            responses = {
                    @ApiResponse(responseCode = "201", description = "at least one review imported as a new claim",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = ImportResource.class))),
                    @ApiResponse(responseCode = "200", description = "every review was imported before",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = ImportResource.class))),
                    @ApiResponse(responseCode = "400", description = "unreadable input, or no review importable",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                    @ApiResponse(responseCode = "401", description = "no valid token"),
                    @ApiResponse(responseCode = "403", description = "the token's role is below Reviewer"),
                    @ApiResponse(responseCode = "413", description = "the input is larger than 5 MB"),
                    @ApiResponse(responseCode = "415", description = "a Content-Type other than these three")})
    ResponseEntity<?> importClaimReviews(HttpServletRequest request)
            throws IOException, HttpMediaTypeNotSupportedException {
        requireAcceptedType(request.getContentType());
        ClaimReviewImportReport report = imports.importClaimReviews(body(request));
        ImportResource resource = new ImportResource(report.count(Outcome.IMPORTED),
                report.count(Outcome.ALREADY_IMPORTED), report.count(Outcome.FAILED),
                report.items().stream().map(this::item).toList());
        if (resource.imported() > 0) {
            return ResponseEntity.status(HttpStatus.CREATED).body(resource);
        }
        if (resource.alreadyImported() > 0) {
            return ResponseEntity.ok(resource);
        }
        ProblemDetail problem = ApiErrors.problem(HttpStatus.BAD_REQUEST, "publishing.claimreview.import.none",
                EnglishMessages.get("publishing.claimreview.import.none", resource.failed()) + " "
                        + String.join(" ", resource.items().stream().map(ClaimReviewsApi::describe).toList()));
        problem.setProperty("items", resource.items());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ItemResource item(ClaimReviewImportReport.Item item) {
        UUID claimId = item.claimId();
        ClaimDetails claim = claimId == null ? null : claims.find(claimId).orElse(null);
        ExternalReview externalReview = claimId == null ? null
                : imports.externalReviews(claimId).stream().findFirst().orElse(null);
        return new ItemResource(item.position(), item.outcome().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'), claimId, item.reviewUrl(), claim, externalReview, item.problemInEnglish());
    }

    private static String describe(ItemResource item) {
        return EnglishMessages.get("publishing.claimreview.import.item",
                item.position(), item.reviewUrl() == null ? "-" : item.reviewUrl().toString(), item.problem());
    }

    private static void requireAcceptedType(@Nullable String contentType) throws HttpMediaTypeNotSupportedException {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException unreadable) {
            type = null;
        }
        MediaType given = type;
        if (given == null || ACCEPTED.stream().noneMatch(accepted -> accepted.includes(given))) {
            throw new HttpMediaTypeNotSupportedException(given, ACCEPTED, HttpMethod.POST);
        }
    }

    /** The body as text, read no further than the 5 MB an import may have. */
    private static String body(HttpServletRequest request) throws IOException {
        int limit = ClaimReviewImportException.maxBytes();
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(limit + 1);
        }
        if (bytes.length > limit) {
            throw ClaimReviewImportException.tooLarge();
        }
        return new String(bytes, charset(request.getContentType()));
    }

    private static Charset charset(@Nullable String contentType) {
        try {
            Charset declared = contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
            return declared != null ? declared : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
