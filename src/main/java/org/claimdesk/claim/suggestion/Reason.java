package org.claimdesk.claim.suggestion;

/**
 * Why a sentence looks check-worthy. The UI shows each with the message key
 * {@code suggestion.reason.<NAME>}.
 */
public enum Reason {
    /** A number or number word ("12", "twice", "three"). */
    NUMBER,
    /** A date or time ("June 12", "Thursday", "last year", "2018"). */
    DATE,
    /** An amount with a unit: a percentage, money, a measure or a count of people. */
    QUANTITY,
    /** A comparison or superlative ("more than", "largest", "bigger than", "first", "rose"). */
    COMPARISON,
    /** Words attributed to someone ("said", "told", "according to"). */
    ATTRIBUTION,
    /** A named person or organisation. */
    NAMED_ENTITY,
    /** A country, capital, city or region. */
    PLACE
}
