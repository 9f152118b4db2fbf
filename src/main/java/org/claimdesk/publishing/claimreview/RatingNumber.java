package org.claimdesk.publishing.claimreview;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A rating number as publishers write it: 1, 1.5, "1", " 3,5 ". Empty, -1 (ClaimReview's "no numeric
 * rating") and anything that is no plain number give none; so do absurd sizes, which arithmetic on
 * BigDecimal would turn into a denial of service (1e999999999).
 */
final class RatingNumber {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d{1,9}(?:[.,]\\d{1,9})?");
    private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal NO_RATING = BigDecimal.valueOf(-1);

    private RatingNumber() {
    }

    static @Nullable BigDecimal parse(@Nullable JsonNode node) {
        JsonNode value = JsonLd.first(node);
        if (value != null && value.isObject()) {
            value = value.get("@value");
        }
        BigDecimal number = value == null ? null : number(value);
        if (number == null || number.compareTo(NO_RATING) == 0 || number.abs().compareTo(LIMIT) >= 0) {
            return null;
        }
        return number;
    }

    private static @Nullable BigDecimal number(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return BigDecimal.valueOf(value.longValue());
        }
        if (value.isNumber()) {
            double number = value.doubleValue();
            boolean plain = Double.isFinite(number) && Math.abs(number) < LIMIT.doubleValue();
            return plain ? BigDecimal.valueOf(number) : null;
        }
        String text = JsonLd.string(value);
        if (text == null || !PLAIN_NUMBER.matcher(text.strip()).matches()) {
            return null;
        }
        return new BigDecimal(text.strip().replace(',', '.'));
    }
}
