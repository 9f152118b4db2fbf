package org.claimdesk.discussion.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @username} tokens in a comment's text. A user name is what the security module allows:
 * a letter or digit, then letters, digits, {@code .}, {@code _} or {@code -}, 2 to 64 characters in all.
 * An {@code @} inside a word (an e-mail address) starts no mention. Because a name may end in {@code .},
 * {@code _} or {@code -}, "thanks @anna." could name "anna." or "anna": {@link #candidates} offers both,
 * and {@link #in} picks the longer one that belongs to a real account.
 */
public final class Mentions {

    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final int SHORTEST = 2;
    private static final int LONGEST = 64;

    /** One mention in a text: the characters from {@code start} (the {@code @}) to {@code end}. */
    public record Mention(int start, int end, String username) {
    }

    private Mentions() {
    }

    /** Every name the text might mention, lower case, for looking up in one go. */
    public static Set<String> candidates(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            variants(matcher.group(1)).forEach(name -> names.add(lowerCase(name)));
        }
        return names;
    }

    /**
     * The mentions of {@code knownUsernames} (lower case) in the text, in order. Tokens naming no one
     * known are not mentions; they stay plain text.
     */
    public static List<Mention> in(String text, Set<String> knownUsernames) {
        List<Mention> mentions = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            for (String name : variants(matcher.group(1))) {
                if (knownUsernames.contains(lowerCase(name))) {
                    mentions.add(new Mention(matcher.start(), matcher.start(1) + name.length(), lowerCase(name)));
                    break;
                }
            }
        }
        return mentions;
    }

    /** The token as written, then without trailing punctuation; only forms of an allowed length. */
    private static List<String> variants(String token) {
        String trimmed = token.replaceFirst("[._-]+$", "");
        return (trimmed.equals(token) ? List.of(token) : List.of(token, trimmed)).stream()
                .filter(name -> name.length() >= SHORTEST && name.length() <= LONGEST)
                .toList();
    }

    private static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
