package org.claimdesk.article.extraction;

import java.util.Locale;
import java.util.Optional;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a copied news page that are the page's furniture, not its article: skip links, player
 * notices, image credits, newsletter and cookie notices, share buttons. Patterns, not one site's strings,
 * in English and German, since those are the newsrooms ClaimDesk serves first.
 */
final class PageFurniture {

    /** What a line of page text is, as far as furniture goes. */
    enum Kind {
        /** Article text, or at least not furniture this knows. */
        TEXT,
        /** Furniture on a line of its own: dropped. */
        FURNITURE,
        /** An accessibility link naming the page section that follows, which is furniture too. */
        SECTION_SKIP_LINK,
        /** A media player's running time, like "00:46": the line before it names the video. */
        DURATION,
        /** An image credit: the line right before it is the image's caption. */
        IMAGE_CREDIT,
        /** A news agency sign-off like "ap/rt (AP, AFP, Reuters)": the article ends here. */
        SIGN_OFF
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "1. ", "2) " in front of a line copied from a list of links. */
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,2}[.)]\\s+");

    private static final Pattern SECTION_SKIP_LINK = Pattern.compile("^skip next section\\s+(.+)$", FLAGS);
    private static final Pattern SKIP_LINK = Pattern.compile(
            "^(?:(?:skip|jump)\\s+(?:to|over|past)\\b.*|skip navigation|zum inhalt springen|zur navigation springen"
                    + "|direkt zu(?:m inhalt|r navigation)\\b.*|springe zum? .*|navigation überspringen)$", FLAGS);
    private static final Pattern MEDIA_NOTICE = Pattern.compile(
            "^(?:this|your|ihr|dieser) browser (?:does not|doesn't|cannot|can't|unterstützt)\\b.*"
                    + "|.*\\benable javascript\\b.*|.*\\bjavascript (?:aktivieren|einschalten)\\b.*"
                    + "|^(?:play|watch|pause|replay|video|audio|listen|abspielen|anhören)(?: (?:video|audio|now))?$",
            FLAGS);
    private static final Pattern DURATION = Pattern.compile("^(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:\\s*min\\.?)?$", FLAGS);
    private static final Pattern IMAGE_CREDIT = Pattern.compile(
            "^(?:(?:image|photo|picture|photograph|foto|bild)s?(?:\\s*credits?)?|credits?|bildquelle|copyright)"
                    + "\\s*:\\s*\\S.{0,150}$"
                    + "|^(?:©|\\(c\\))\\s*\\S.{0,150}$"
                    + "|^\\(?(?:photo|image|picture|foto|bild)s? by .{1,120}\\)?$",
            FLAGS);
    private static final Pattern NEWSLETTER = Pattern.compile(
            ".*\\b(?:sign up|subscribe|abonnieren|anmelden)\\b.*\\b(?:newsletters?|inbox|to receive"
                    + "|receive (?:it|them)|e-?mail updates)\\b.*"
                    + "|.*\\b(?:newsletters?|inbox)\\b.*\\b(?:sign up|subscribe|abonnieren|anmelden)\\b.*"
                    + "|.*\\b(?:our|unser(?:en)?) newsletter\\b.*",
            FLAGS);
    private static final Pattern READ_MORE = Pattern.compile(
            "^(?:read more|read also|also read|see also|more on this(?: story| topic)?|related(?: articles| stories"
                    + "| content| topics| coverage)?|recommended(?: stories)?|mehr zum thema|lesen sie auch"
                    + "|lesen sie mehr|auch interessant|weitere artikel|mehr dazu)\\b.{0,150}$",
            FLAGS);
    private static final Pattern COOKIE_NOTICE = Pattern.compile(
            ".*\\b(?:we|this (?:site|website|page)) uses? cookies\\b.*|.*\\bverwende[tn] cookies\\b.*"
                    + "|.*\\bcookies?\\b.*\\b(?:accept|agree|consent|settings|preferences|akzeptieren|zustimmen"
                    + "|einstellungen)\\b.*",
            FLAGS);
    private static final Pattern SIGN_OFF = Pattern.compile(
            "^[a-z]{1,4}(?:/[a-z]{1,4})+\\s*\\(\\s*[A-Za-z][\\w.-]*(?:\\s*,\\s*[A-Za-z][\\w.-]*)*\\s*\\)$");
    private static final Pattern SHARE_WORDS = Pattern.compile(
            "^(?:(?:share this(?: article| story| page)?|share (?:on|via) \\w+|share|tweet|facebook|twitter|x"
                    + "|whatsapp|linkedin|pinterest|reddit|telegram|messenger|email|e-mail|mail|print|copy link"
                    + "|link copied|send|teilen|drucken|senden|link kopieren|permalink|comments?|kommentare"
                    + "|advertisement|anzeige|werbung|sponsored|back to top|nach oben|close|schließen|menu|menü"
                    + "|search|suche|follow us(?: on \\w+)?|folgen sie uns(?: auf \\w+)?)[\\s|/·•,]*+)++$",
            FLAGS);

    /** The longest line that furniture patterns apply to; longer lines are article text. */
    private static final int LONGEST_FURNITURE = 400;
    /** Rows of share buttons are short; the bound also keeps the repeated pattern cheap. */
    private static final int LONGEST_BUTTON_ROW = 80;

    private static final List<Pattern> PLAIN_FURNITURE = List.of(
            SKIP_LINK, MEDIA_NOTICE, NEWSLETTER, READ_MORE, COOKIE_NOTICE);

    private PageFurniture() {
    }

    /** What a (normalised, non-blank) line is. */
    static Kind classify(String line) {
        if (line.length() > LONGEST_FURNITURE) {
            return Kind.TEXT;
        }
        String unnumbered = LIST_NUMBER.matcher(line).replaceFirst("");
        if (SECTION_SKIP_LINK.matcher(unnumbered).matches()) {
            return Kind.SECTION_SKIP_LINK;
        }
        if (DURATION.matcher(unnumbered).matches()) {
            return Kind.DURATION;
        }
        if (IMAGE_CREDIT.matcher(unnumbered).matches()) {
            return Kind.IMAGE_CREDIT;
        }
        if (SIGN_OFF.matcher(unnumbered).matches()) {
            return Kind.SIGN_OFF;
        }
        if (unnumbered.length() <= LONGEST_BUTTON_ROW && SHARE_WORDS.matcher(unnumbered).matches()) {
            return Kind.FURNITURE;
        }
        for (Pattern furniture : PLAIN_FURNITURE) {
            if (furniture.matcher(unnumbered).matches()) {
                return Kind.FURNITURE;
            }
        }
        return Kind.TEXT;
    }

    /** The section a "Skip next section …" link names, lower-cased, so that its heading can be dropped too. */
    static Optional<String> skippedSection(String line) {
        Matcher matcher = SECTION_SKIP_LINK.matcher(LIST_NUMBER.matcher(line).replaceFirst(""));
        return matcher.matches() ? Optional.of(matcher.group(1).strip().toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
