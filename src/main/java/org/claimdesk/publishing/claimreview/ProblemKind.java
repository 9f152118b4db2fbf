package org.claimdesk.publishing.claimreview;

import java.util.Locale;

/**
 * What is wrong with a ClaimReview, each with its translation key and how much it matters. The English text
 * of each is given here; the arguments are terms, names and values, never words of a language.
 */
public enum ProblemKind {

    /** "A ClaimReview must be a JSON object." */
    NOT_AN_OBJECT(Severity.ERROR),
    /** "@context is missing; it should be https://schema.org." */
    MISSING_CONTEXT(Severity.ERROR),
    /** "{0} is not the schema.org context; use https://schema.org." */
    WRONG_CONTEXT(Severity.ERROR),
    /** "The @type is {0}, not ClaimReview." */
    NOT_A_CLAIM_REVIEW(Severity.ERROR),
    /** "{0} is not a schema.org type." */
    UNKNOWN_TYPE(Severity.ERROR),
    /** "There is no @type; it is read as {0}." */
    MISSING_TYPE(Severity.WARNING),
    /** "Type {0} does not belong here; expected {1}." */
    WRONG_NODE_TYPE(Severity.ERROR),
    /** "{0} is not a schema.org property." */
    UNKNOWN_PROPERTY(Severity.ERROR),
    /** "{0} is not a property of {1}." */
    PROPERTY_NOT_ON_TYPE(Severity.ERROR),
    /** "{0} is outdated; schema.org replaced it with {1}." */
    SUPERSEDED_PROPERTY(Severity.WARNING),
    /** "{0} is not allowed here." */
    KEYWORD_NOT_ALLOWED(Severity.ERROR),
    /** "{0} is not a {1}." */
    WRONG_VALUE(Severity.ERROR),
    /** "A nested object does not belong here; expected {0}." */
    OBJECT_NOT_ALLOWED(Severity.ERROR),
    /** "{0} is not a complete web address (it should start with https://)." */
    NOT_AN_ABSOLUTE_URL(Severity.WARNING),
    /** "Google requires {0}." */
    MISSING_REQUIRED(Severity.ERROR),
    /** "Google recommends {0}." */
    MISSING_RECOMMENDED(Severity.WARNING),
    /** "Google recommends a Claim here, not {0}." */
    NOT_A_CLAIM(Severity.WARNING),
    /** "Nested deeper than {0} levels or more than {1} objects; the rest was not checked." */
    TOO_DEEP(Severity.WARNING);

    /** An error makes the ClaimReview wrong; a warning makes it weaker (e.g. no rich result in search). */
    public enum Severity {
        ERROR, WARNING
    }

    private final Severity severity;

    ProblemKind(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** E.g. "publishing.claimreview.validation.wrong-value". */
    public String messageKey() {
        return "publishing.claimreview.validation." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
