package org.claimdesk.claim.suggestion;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Proposes the sentences of an article that are worth checking, in the spirit of ClaimBuster but with
 * no model: each sentence that is not page furniture is scored from weighted features (numbers, dates,
 * quantities, comparisons, attributions, names, places) and marked down for questions, very short
 * sentences and opinions without facts. Pure, deterministic and thread-safe.
 */
public final class CheckWorthinessSuggester {

    /** The least score a sentence needs to be suggested. */
    public static final double DEFAULT_THRESHOLD = 0.3;

    private static final Map<Reason, Double> WEIGHTS = new EnumMap<>(Map.of(
            Reason.NUMBER, 0.3,
            Reason.DATE, 0.25,
            Reason.QUANTITY, 0.35,
            Reason.COMPARISON, 0.25,
            Reason.ATTRIBUTION, 0.2,
            Reason.NAMED_ENTITY, 0.2,
            Reason.PLACE, 0.2));
    /** Each further distinct name or place adds this much to its weight, up to {@link #MAX_MENTION_WEIGHT}. */
    private static final double EXTRA_MENTION = 0.12;
    private static final double MAX_MENTION_WEIGHT = 0.4;
    private static final double QUESTION_FACTOR = 0.3;
    private static final double SHORT_FACTOR = 0.5;
    private static final double OPINION_FACTOR = 0.5;
    private static final int SHORT_WORDS = 6;

    private final SentenceSplitter splitter;
    private final FeatureDetector detector;
    private final double threshold;

    /** A suggester for English articles. */
    public CheckWorthinessSuggester() {
        this(Locale.ENGLISH);
    }

    /** A suggester for articles in {@code language}; English and German have word lists. */
    public CheckWorthinessSuggester(Locale language) {
        this(language, DEFAULT_THRESHOLD);
    }

    public CheckWorthinessSuggester(Locale language, double threshold) {
        Objects.requireNonNull(language, "language");
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("the threshold must be between 0 and 1, was " + threshold);
        }
        this.splitter = new SentenceSplitter(language);
        this.detector = new FeatureDetector(language);
        this.threshold = threshold;
    }

    /**
     * The check-worthy sentences of an article's stored text (paragraphs joined by blank lines), in reading
     * order; sort by {@link Suggestion#BY_SCORE} to show the most check-worthy first.
     */
    public List<Suggestion> suggest(String text) {
        return assess(text).stream().filter(suggestion -> suggestion.score() >= threshold).toList();
    }

    /** Every sentence that is not page furniture, scored, in reading order, whatever its score. */
    public List<Suggestion> assess(String text) {
        List<Suggestion> scored = new ArrayList<>();
        for (Sentence sentence : splitter.split(text)) {
            Features features = detector.detect(sentence.text());
            List<Reason> reasons = features.reasons().stream().sorted().toList();
            scored.add(new Suggestion(sentence.start(), sentence.end(), sentence.text(), score(features), reasons));
        }
        return List.copyOf(scored);
    }

    private static double score(Features features) {
        double none = 1.0;
        for (Reason reason : features.reasons()) {
            none *= 1.0 - weight(reason, features);
        }
        double score = 1.0 - none;
        if (features.question()) {
            score *= QUESTION_FACTOR;
        }
        if (features.words() < SHORT_WORDS) {
            score *= SHORT_FACTOR;
        }
        if (features.opinion() && !features.hasHardFact()) {
            score *= OPINION_FACTOR;
        }
        return Math.round(score * 1000) / 1000.0;
    }

    private static double weight(Reason reason, Features features) {
        int mentions = switch (reason) {
            case NAMED_ENTITY -> features.names();
            case PLACE -> features.places();
            default -> 1;
        };
        double weight = WEIGHTS.get(reason) + EXTRA_MENTION * Math.max(0, mentions - 1);
        return Math.min(weight, Math.max(WEIGHTS.get(reason), MAX_MENTION_WEIGHT));
    }
}
