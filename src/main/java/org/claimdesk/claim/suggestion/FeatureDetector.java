package org.claimdesk.claim.suggestion;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the check-worthiness features of a sentence with patterns and word lists: numbers, dates,
 * quantities, comparisons and attributions from the {@link Lexicon}, places from the {@link Gazetteer},
 * and names as capitalised words that do not start the sentence. German capitalises every noun, so there
 * only runs of two or more capitalised words count as names.
 */
final class FeatureDetector {

    private static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}'’\\-]*");
    private static final Pattern OPENS_CLAUSE = Pattern.compile("[\"“„«:(.!?;]");
    private static final Pattern QUESTION = Pattern.compile("\\?[\"”’'»)\\]]*\\s*$");
    private static final Set<String> NAME_JOINERS = Set.of("of", "de", "da", "del", "della", "van", "von", "der",
            "bin", "ibn", "al", "la", "le", "du");

    private final boolean capitalisesNouns;

    FeatureDetector(Locale language) {
        this.capitalisesNouns = "de".equals(language.getLanguage());
    }

    Features detect(String sentence) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        StringBuilder rest = new StringBuilder(sentence);
        mask(Lexicon.DATE, rest, reasons, Reason.DATE);
        mask(Lexicon.QUANTITY, rest, reasons, Reason.QUANTITY);
        if (Lexicon.NUMBER.matcher(rest).find()) {
            reasons.add(Reason.NUMBER);
        }
        String comparable = Lexicon.NOT_COMPARISON.matcher(sentence).replaceAll(" ");
        if (Lexicon.COMPARISON.matcher(comparable).find()) {
            reasons.add(Reason.COMPARISON);
        }
        if (Lexicon.ATTRIBUTION.matcher(sentence).find()) {
            reasons.add(Reason.ATTRIBUTION);
        }
        List<Token> tokens = tokens(sentence);
        int places = markPlaces(tokens);
        int names = countNames(tokens);
        if (places > 0) {
            reasons.add(Reason.PLACE);
        }
        if (names > 0) {
            reasons.add(Reason.NAMED_ENTITY);
        }
        boolean question = QUESTION.matcher(sentence).find();
        boolean opinion = Lexicon.OPINION.matcher(sentence).find();
        return new Features(reasons, names, places, tokens.size(), question, opinion);
    }

    /** Records the reason and blanks its matches, so that a date's or amount's digits count only once. */
    private static void mask(Pattern pattern, StringBuilder text, Set<Reason> reasons, Reason reason) {
        Matcher matcher = pattern.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        for (int[] range : found) {
            reasons.add(reason);
            for (int i = range[0]; i < range[1]; i++) {
                text.setCharAt(i, ' ');
            }
        }
    }

    private static List<Token> tokens(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(sentence);
        int previousEnd = 0;
        while (matcher.find()) {
            String gap = sentence.substring(previousEnd, matcher.start());
            boolean initial = tokens.isEmpty()
                    || OPENS_CLAUSE.matcher(gap).find() && !afterAbbreviation(tokens.getLast(), gap);
            tokens.add(new Token(matcher.group(), initial, gap.isBlank() && !tokens.isEmpty()));
            previousEnd = matcher.end();
        }
        return tokens;
    }

    /** "Mr. Clinton", "V. Sharifulin": the full stop of a title or an initial starts no new clause. */
    private static boolean afterAbbreviation(Token previous, String gap) {
        boolean titleOrInitial = Lexicon.NOT_NAMES.contains(previous.text)
                || previous.text.length() == 1 && previous.capitalised();
        return titleOrInitial && gap.strip().equals(".");
    }

    /** Marks the tokens that name a place, longest names first; returns how many distinct places. */
    private static int markPlaces(List<Token> tokens) {
        Set<String> places = new HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            int length = placeAt(tokens, i);
            if (length == 0) {
                i++;
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (int k = i; k < i + length; k++) {
                tokens.get(k).place = true;
                name.append(tokens.get(k).base()).append(' ');
            }
            places.add(name.toString().strip());
            i += length;
        }
        return places.size();
    }

    private static int placeAt(List<Token> tokens, int i) {
        if (!tokens.get(i).capitalised()) {
            return 0;
        }
        for (int length = Math.min(Gazetteer.MAX_WORDS, tokens.size() - i); length >= 1; length--) {
            StringBuilder name = new StringBuilder(tokens.get(i).text);
            boolean joined = true;
            for (int k = i + 1; k < i + length && joined; k++) {
                joined = tokens.get(k).joinedToPrevious;
                name.append(' ').append(tokens.get(k).text);
            }
            if (joined && isPlaceName(name.toString())) {
                return length;
            }
        }
        return 0;
    }

    private static boolean isPlaceName(String name) {
        String base = Token.withoutPossessive(name);
        int hyphen = base.indexOf('-');
        return Gazetteer.isPlace(base) || (hyphen > 0 && Gazetteer.isPlace(base.substring(0, hyphen)));
    }

    /** Counts runs of capitalised words that are not places, such as "Kim Yong Chol" or "Supreme People's Assembly". */
    private int countNames(List<Token> tokens) {
        Set<String> names = new HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).nameLike()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).joinedToPrevious && !tokens.get(end).initial
                    && (tokens.get(end).nameLike() || joinsNames(tokens, end))) {
                end++;
            }
            int start = i;
            if (tokens.get(start).initial && (end - start == 1 || Lexicon.FUNCTION_WORDS.contains(tokens.get(start).text))) {
                start++;
            }
            int length = end - start;
            boolean acronym = length == 1 && tokens.get(start).acronym();
            if (length > 0 && (length >= 2 || acronym || !capitalisesNouns)) {
                StringBuilder name = new StringBuilder();
                for (int k = start; k < end; k++) {
                    name.append(tokens.get(k).base()).append(' ');
                }
                names.add(name.toString().strip());
            }
            i = end;
        }
        return names.size();
    }

    private static boolean joinsNames(List<Token> tokens, int index) {
        return NAME_JOINERS.contains(tokens.get(index).text) && index + 1 < tokens.size()
                && tokens.get(index + 1).joinedToPrevious && tokens.get(index + 1).nameLike();
    }

    private static final class Token {
        final String text;
        final boolean initial;
        final boolean joinedToPrevious;
        boolean place;

        Token(String text, boolean initial, boolean joinedToPrevious) {
            this.text = text;
            this.initial = initial;
            this.joinedToPrevious = joinedToPrevious;
        }

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        boolean acronym() {
            return text.length() >= 2 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }

        boolean nameLike() {
            return capitalised() && !place && !Lexicon.NOT_NAMES.contains(base());
        }

        String base() {
            return withoutPossessive(text);
        }

        static String withoutPossessive(String word) {
            if (word.endsWith("'s") || word.endsWith("’s")) {
                return word.substring(0, word.length() - 2);
            }
            return word.endsWith("'") || word.endsWith("’") ? word.substring(0, word.length() - 1) : word;
        }
    }
}
