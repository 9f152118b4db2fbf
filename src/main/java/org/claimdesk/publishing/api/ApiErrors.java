package org.claimdesk.publishing.api;

import java.net.URI;
import org.claimdesk.i18n.EnglishMessages;
import org.claimdesk.i18n.TranslatableException;
import org.claimdesk.publishing.claimreview.ClaimReviewImportException;
import org.claimdesk.publishing.report.ReportRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Every API refusal as an RFC 9457 problem, with the same words the app would use. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler(TranslatableException.class)
    ProblemDetail refused(TranslatableException refusal) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, refusal.messageKey(), EnglishMessages.of(refusal));
    }

    /** ClaimReview input that cannot be read at all: 400, or 413 when it is too large. */
    @ExceptionHandler(ClaimReviewImportException.class)
    ProblemDetail unreadable(ClaimReviewImportException refusal) {
        HttpStatus status = refusal.reason() == ClaimReviewImportException.Reason.TOO_LARGE
                ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return problem(status, refusal.messageKey(), EnglishMessages.of(refusal));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException unsupported) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.unsupported-media-type",
                EnglishMessages.get("api.unsupported-media-type", String.valueOf(unsupported.getContentType()),
                        unsupported.getSupportedMediaTypes().stream().map(Object::toString)
                                .collect(java.util.stream.Collectors.joining(", "))));
    }

    /**
     * A report asked for wrongly (unknown format, empty or reversed scope) is a bad request; unpublished
     * states asked for by a role that may export published work only are forbidden.
     */
    @ExceptionHandler(ReportRefused.class)
    ProblemDetail reportRefused(ReportRefused refusal) {
        HttpStatus status = refusal.messageKey().equals("report.refused.unpublished-states")
                ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        return problem(status, refusal.messageKey(), EnglishMessages.of(refusal));
    }

    @ExceptionHandler(ApiNotFound.class)
    ProblemDetail notFound(ApiNotFound missing) {
        return problem(HttpStatus.NOT_FOUND, "api.not-found", EnglishMessages.get("api.not-found", missing.what()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException denied) {
        return problem(HttpStatus.FORBIDDEN, "api.forbidden", EnglishMessages.get("api.forbidden"));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpMessageNotReadableException.class, IllegalArgumentException.class})
    ProblemDetail badRequest(Exception bad) {
        String why = bad instanceof MethodArgumentTypeMismatchException mismatch
                ? "'" + mismatch.getName() + "' cannot be " + mismatch.getValue()
                : bad instanceof HttpMessageNotReadableException ? "the body is not the JSON this endpoint takes"
                : bad.getMessage();
        return problem(HttpStatus.BAD_REQUEST, "api.bad-request", EnglishMessages.get("api.bad-request", why));
    }

    static ProblemDetail problem(HttpStatus status, String key, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://claimdesk.invalid/problems/" + key));
        return problem;
    }

    /** A resource the request names does not exist (or is not visible to the caller). */
    static final class ApiNotFound extends RuntimeException {

        private final String what;

        ApiNotFound(String what) {
            super(what + " not found");
            this.what = what;
        }

        String what() {
            return what;
        }
    }
}
