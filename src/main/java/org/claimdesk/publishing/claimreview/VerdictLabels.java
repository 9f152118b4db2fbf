package org.claimdesk.publishing.claimreview;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimdesk.publishing.claimreview.VerdictMatch.Basis;
import org.jspecify.annotations.Nullable;

/**
 * Places another fact-checker's verdict ("Falso", "Pants on Fire!", "Unproven") on the desk's rating scale
 * (TRUE, MOSTLY_TRUE, MIXED, MOSTLY_FALSE, FALSE, MISLEADING, UNVERIFIABLE).
 *
 * <p>In this order: the desk's edited mapping; the reviewing site's own labels; labels fact-checkers
 * commonly use; the rating value's place between worst and best; else UNVERIFIABLE, marked as not
 * recognised. The default tables are the real label maps of 35 fact-checking sites from the X-FACT data set;
 * a label that they map to different verdicts is left to the rating value. Labels are compared without
 * case, accents or punctuation. Immutable and thread-safe.
 */
public final class VerdictLabels {

    public static final String UNVERIFIABLE = "UNVERIFIABLE";

    /** The desk's code for each x-fact class; "other" (satire, promise tracking…) names no verdict. */
    private static final Map<String, String> CODE_BY_CLASS = Map.of(
            "true", "TRUE",
            "mostly true", "MOSTLY_TRUE",
            "partly true misleading", "MIXED",
            "complicated hard to categorise", UNVERIFIABLE,
            "mostly false", "MOSTLY_FALSE",
            "false", "FALSE");

    /**
     * x-fact's "partly true/misleading" class joins two of the desk's ratings; these of its labels say the
     * facts were bent or stripped of context rather than half right, which the desk calls MISLEADING.
     */
    private static final Set<String> MISLEADING_LABELS = Set.of(
            "misleading", "manipulated", "distorted", "exaggerated", "misplaced", "deceptive", "commotion",
            "selective", "underestimated", "out of context", "lacks context", "misconception", "missing context",
            "false context");

    /** The default scale's codes by ratingValue (1 worst … 5 best), as in the rating table. */
    private static final String[] CODE_BY_VALUE = {"FALSE", "MOSTLY_FALSE", "MIXED", "MOSTLY_TRUE", "TRUE"};

    /** A label known to name no verdict (x-fact's "other"): no common meaning of it should be guessed. */
    private static final String NO_VERDICT = "";

    private static final Pattern RATING_CODE = Pattern.compile("[A-Z_]{1,32}");

    private static final Pattern SITE = Pattern.compile("[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

    private final Map<String, String> edited;
    private final Map<String, Map<String, String>> codesBySite;
    private final Map<String, String> knownCodes;
    /** Rows of a mapping table that a person set, as site + "\n" + label key; only to name the basis. */
    private final Set<String> editedRows;

    private VerdictLabels(Map<String, String> edited, Map<String, Map<String, String>> codesBySite,
            Map<String, String> knownCodes, Set<String> editedRows) {
        this.edited = Map.copyOf(edited);
        this.codesBySite = codesBySite;
        this.knownCodes = knownCodes;
        this.editedRows = Set.copyOf(editedRows);
    }

    /** The default tables, read once. */
    public static VerdictLabels defaults() {
        return Defaults.INSTANCE;
    }

    private static final class Defaults {
        private static final VerdictLabels INSTANCE = of(XFactLabelMaps.bundled());
    }

    static VerdictLabels of(XFactLabelMaps maps) {
        Map<String, Map<String, String>> codesBySite = new HashMap<>();
        Map<String, String> commonCodes = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        maps.labelsBySite().forEach((site, labels) -> {
            Map<String, String> codes = new HashMap<>();
            labels.forEach((label, english) -> {
                String code = Objects.requireNonNullElse(codeOf(label, english, maps), NO_VERDICT);
                codes.put(label, code);
                String earlier = commonCodes.putIfAbsent(label, code);
                if (earlier != null && !earlier.equals(code)) {
                    ambiguous.add(label);
                }
            });
            codesBySite.put(site, Map.copyOf(codes));
        });
        commonCodes.keySet().removeAll(ambiguous);
        commonCodes.values().removeIf(NO_VERDICT::equals);
        maps.classByLabel().forEach((english, verdictClass) -> {
            String code = codeOf(english, english, maps);
            if (code != null) {
                commonCodes.put(english, code); // x-fact's own English labels, "half true" or "unproven"
            }
        });
        return new VerdictLabels(Map.of(), Map.copyOf(codesBySite), Map.copyOf(commonCodes), Set.of());
    }

    /**
     * Labels placed as the rows of a mapping table say, in the same order as the default tables: the
     * reviewing site's own row (its domain, then each parent domain), then the row for any site, then the
     * rating value. A site's row without a rating names no verdict and leaves it to the rating value.
     *
     * @throws IllegalArgumentException when a code is not a rating code (capitals and underscores)
     */
    public static VerdictLabels of(Collection<LabelMapping> rows) {
        Map<String, Map<String, String>> codesBySite = new HashMap<>();
        Map<String, String> knownCodes = new HashMap<>();
        Set<String> editedRows = new HashSet<>();
        for (LabelMapping row : rows) {
            String code = row.ratingCode() == null ? NO_VERDICT : row.ratingCode();
            if (!code.equals(NO_VERDICT) && !RATING_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("not a rating code: " + code);
            }
            if (row.site().isEmpty()) {
                if (!code.equals(NO_VERDICT)) {
                    knownCodes.put(row.labelKey(), code);
                }
            } else {
                codesBySite.computeIfAbsent(row.site(), site -> new HashMap<>()).put(row.labelKey(), code);
            }
            if (row.edited()) {
                editedRows.add(row.site() + "\n" + row.labelKey());
            }
        }
        codesBySite.replaceAll((site, codes) -> Map.copyOf(codes));
        return new VerdictLabels(Map.of(), Map.copyOf(codesBySite), Map.copyOf(knownCodes), editedRows);
    }

    /**
     * These tables as mapping rows, from which {@link #of} makes the same tables again: each site's labels
     * (those naming no verdict without a rating), then the labels for any site, sorted by site and label. An
     * edited mapping given to {@link #withEditedMapping} is not among them.
     */
    public List<LabelMapping> mappings() {
        List<LabelMapping> rows = new ArrayList<>();
        codesBySite.forEach((site, codes) -> codes.forEach((key, code) -> rows.add(new LabelMapping(site, key,
                code.equals(NO_VERDICT) ? null : code, editedRows.contains(site + "\n" + key)))));
        knownCodes.forEach((key, code) -> rows.add(
                new LabelMapping("", key, code, editedRows.contains("\n" + key))));
        rows.sort(Comparator.comparing(LabelMapping::site).thenComparing(LabelMapping::labelKey));
        return rows;
    }

    /** A label as labels are compared: without case, accents on Latin letters or punctuation; "" when nothing is left. */
    public static String keyOf(@Nullable String label) {
        return LabelKey.of(label);
    }

    /**
     * A reviewing site as mapping rows name it: the domain of an address or of a domain as typed, in lower case
     * and without "www."; "" for a blank value.
     *
     * @throws IllegalArgumentException when the value is no domain name
     */
    public static String siteOf(@Nullable String addressOrDomain) {
        if (addressOrDomain == null || addressOrDomain.isBlank()) {
            return "";
        }
        String text = addressOrDomain.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        text = text.replaceFirst("[/?#:].*$", "").replaceFirst("^www\\.", "");
        if (!SITE.matcher(text).matches() || text.length() > 253) {
            throw new IllegalArgumentException("not a domain name: " + addressOrDomain);
        }
        return text;
    }

    /**
     * The same tables with the desk's own mapping on top, which wins over everything else; it replaces an
     * edited mapping given before.
     *
     * @param labelToCode verdict labels, written as they come in, mapped to rating codes such as "FALSE"
     * @throws IllegalArgumentException when a code is not a rating code (capitals and underscores)
     */
    public VerdictLabels withEditedMapping(Map<String, String> labelToCode) {
        Map<String, String> keyed = new HashMap<>();
        labelToCode.forEach((label, code) -> {
            if (!RATING_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("not a rating code: " + code);
            }
            String key = LabelKey.of(label);
            if (!key.isEmpty()) {
                keyed.put(key, code);
            }
        });
        return new VerdictLabels(keyed, codesBySite, knownCodes, editedRows);
    }

    /** Places an imported review's verdict, using its address to find the reviewing site's own labels. */
    public VerdictMatch match(ImportedReview review) {
        return match(review.rating(), review.reviewUrl());
    }

    /**
     * Places a verdict.
     *
     * @param rating    the verdict as published
     * @param reviewUrl the review's address; its site's own labels are looked up first
     */
    public VerdictMatch match(ImportedRating rating, @Nullable URI reviewUrl) {
        String key = LabelKey.of(rating.label());
        if (!key.isEmpty()) {
            String code = edited.get(key);
            if (code != null) {
                return new VerdictMatch(code, Basis.EDITED_MAPPING);
            }
            SiteCode site = siteCode(key, reviewUrl);
            if (site != null && !site.code().equals(NO_VERDICT)) {
                return new VerdictMatch(site.code(), basis(site.site(), key, Basis.SITE_LABEL));
            }
            code = site == null ? knownCodes.get(key) : null;
            if (code != null) {
                return new VerdictMatch(code, basis("", key, Basis.KNOWN_LABEL));
            }
        }
        String byValue = codeByValue(rating.ratingValue(), rating.bestRating(), rating.worstRating());
        return byValue != null
                ? new VerdictMatch(byValue, Basis.RATING_VALUE)
                : new VerdictMatch(UNVERIFIABLE, Basis.NOT_RECOGNISED);
    }

    private Basis basis(String site, String key, Basis otherwise) {
        return editedRows.contains(site + "\n" + key) ? Basis.EDITED_MAPPING : otherwise;
    }

    /** A site's own code for a label, and which of the site's domains had it. */
    private record SiteCode(String site, String code) {
    }

    /**
     * The site's own code for the label ({@link #NO_VERDICT} for "other"), trying the host and then each
     * parent domain: en.politifact.com, then politifact.com.
     */
    private @Nullable SiteCode siteCode(String key, @Nullable URI reviewUrl) {
        String host = reviewUrl == null || reviewUrl.getHost() == null ? null
                : reviewUrl.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        while (host != null && host.contains(".")) {
            Map<String, String> site = codesBySite.get(host);
            if (site != null && site.containsKey(key)) {
                return new SiteCode(host, site.get(key));
            }
            host = host.substring(host.indexOf('.') + 1);
        }
        return null;
    }

    /**
     * The code whose place on the desk's 1–5 scale matches the value's place between worst and best, with
     * Google's defaults (best 5, worst 1) for missing ends; none when the value is outside them.
     */
    static @Nullable String codeByValue(@Nullable BigDecimal value, @Nullable BigDecimal best,
            @Nullable BigDecimal worst) {
        if (value == null) {
            return null;
        }
        double top = best == null ? 5 : best.doubleValue();
        double bottom = worst == null ? 1 : worst.doubleValue();
        if (top == bottom) {
            return null;
        }
        double share = (value.doubleValue() - bottom) / (top - bottom);
        if (share < 0 || share > 1) {
            return null;
        }
        return CODE_BY_VALUE[(int) Math.round(share * (CODE_BY_VALUE.length - 1))];
    }

    /**
     * The desk's code for a site's label and x-fact's English label for it; null for "other" and for what has
     * no class. Either may say the label is one of misleading rather than half truth ("missing_context").
     */
    private static @Nullable String codeOf(String label, String english, XFactLabelMaps maps) {
        String verdictClass = maps.classOf(english);
        if (verdictClass == null) {
            return null;
        }
        String code = CODE_BY_CLASS.get(verdictClass);
        boolean misleading = MISLEADING_LABELS.contains(LabelKey.of(english))
                || MISLEADING_LABELS.contains(LabelKey.of(label));
        return "MIXED".equals(code) && misleading ? "MISLEADING" : code;
    }
}
