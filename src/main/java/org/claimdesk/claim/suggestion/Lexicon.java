package org.claimdesk.claim.suggestion;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words and patterns behind the features, English and German together: the lists hardly collide,
 * and an article whose language was guessed wrong still gets suggestions.
 */
final class Lexicon {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static final String MONTH = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Januar|Februar|März|Mai|Juni|Juli"
            + "|Oktober|Dezember";
    static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag"
            + "|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag";
    /** What may follow a month: a day and a year ("June 12", "May 31, 2018", "March 2019"). */
    private static final String DAY_AND_YEAR = "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+\\d{4}\\b)?";
    private static final String PERIOD = "week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter"
            + "|Woche|Wochenende|Monat|Jahr|Jahres|Jahrzehnt|Frühjahr|Sommer|Herbst|Winter";
    private static final String NUMBER_WORD = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|twice|thrice|double"
            + "|doubled|triple|tripled|half|halved|quarter|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn"
            + "|zwölf|zwanzig|dreißig|hundert|tausend|Millionen?|Milliarden?|zweimal|dreimal|doppelt|Hälfte"
            + "|Viertel";
    private static final String AMOUNT = "\\d[\\d.,]*|(?:" + NUMBER_WORD + ")";
    private static final String UNIT = "%|percent|per cent|percentage points?|Prozent(?:punkte)?|dollars?"
            + "|euros?|Euro|pounds?|yen|yuan|rubles?|roubles?|francs?|US-Dollar|Dollar|million|billion|trillion"
            + "|Millionen|Milliarden|Mio\\.|Mrd\\.|bn|km|kilomet(?:er|re)s?|Kilometer|miles?|meters?|metres?|Meter"
            + "|cm|mm|kg|kilograms?|Kilogramm|grams?|tons?|tonnes?|Tonnen|barrels?|Barrel|liters?|litres?|Liter"
            + "|gallons?|hectares?|Hektar|acres?|square|°C|°F|degrees?|Grad|MW|GW|kWh|TWh|mph|km/h|people"
            + "|persons|residents|citizens|soldiers|troops|civilians|deaths|dead|victims|casualties|refugees"
            + "|migrants|votes|voters|members|jobs|cases|children|workers|Menschen|Einwohner|Tote|Toten|Soldaten"
            + "|Flüchtlinge|Stimmen|Mitglieder|Fälle|Kinder";

    /** Month and weekday names are matched as written; "May" and "March" only next to a day or a preposition. */
    static final Pattern DATE = Pattern.compile(
            "(?:\\b\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?)?\\b(?:" + MONTH.replace("|May|", "|").replace("|March|", "|")
                    + ")(?![\\p{L}])" + DAY_AND_YEAR + "|\\b(?:" + WEEKDAY + ")(?![\\p{L}])"
                    + "|\\b(?:May|March)\\s+\\d{1,2}\\b" + DAY_AND_YEAR
                    + "|\\b\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?(?:May|March|Mai|März)\\b(?:,?\\s+\\d{4}\\b)?"
                    + "|(?i:\\b(?:in|since|until|by|early|late|mid-?|last|next|this)\\s+)(?:May|March)\\b"
                    + "|(?iu:\\b(?:yesterday|today|tomorrow|tonight|gestern|vorgestern|heute|übermorgen)\\b"
                    + "|\\b(?:last|next|this|past|coming|previous|following|earlier this|later this"
                    + "|letzte[nmrs]?|vergangene[nmrs]?|nächste[nmrs]?|kommende[nmrs]?|diese[nmrs]?|im)\\s+(?:"
                    + PERIOD + "|" + WEEKDAY + ")\\b"
                    + "|\\b(?:\\d+|a|an|" + NUMBER_WORD + ")\\s+(?:days?|weeks?|months?|years?|decades?)\\s+"
                    + "(?:ago|earlier|later)\\b|\\bvor\\s+\\d+\\s+(?:Tagen|Wochen|Monaten|Jahren)\\b)"
                    + "|\\b(?:1[5-9]\\d\\d|20\\d\\d)s?\\b(?!\\s*(?:UTC|GMT|CET|MEZ|hours|Uhr|" + UNIT + ")(?![\\p{L}]))"
                    + "|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b"
                    + "|\\b\\d{1,2}(?::\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|Uhr\\b)"
                    + "|\\b\\d{3,4}\\s?(?:UTC|GMT|CET|MEZ)\\b|\\b\\d{1,2}:\\d{2}\\b");

    static final Pattern QUANTITY = Pattern.compile(
            "(?:[$€£¥₽]|US\\$|USD|EUR|GBP)\\s?\\d[\\d.,]*(?:\\s?(?:million|billion|trillion|bn|m)\\b)?"
                    + "|(?<![\\p{L}\\d])(?:" + AMOUNT + ")\\s?(?:" + UNIT + ")(?![\\p{L}])",
            CI);

    static final Pattern NUMBER = Pattern.compile("\\d|\\b(?:" + NUMBER_WORD + ")\\b", CI);

    static final Pattern COMPARISON = Pattern.compile(
            "\\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|older|younger|faster|slower"
                    + "|stronger|weaker|richer|poorer|better|worse|cheaper|[\\p{L}]{2,}er)\\s+than\\b"
                    + "|\\b(?:at least|at most|as many as|as much as|compared (?:to|with)|the only|all-time"
                    + "|record|record-breaking|unprecedented|largest|biggest|highest|lowest|smallest|greatest"
                    + "|longest|shortest|fastest|slowest|oldest|youngest|richest|poorest|deadliest|worst|best"
                    + "|strongest|weakest|hottest|coldest|warmest|heaviest|cheapest|tallest|deepest|widest|busiest"
                    + "|most|least|first|doubled|tripled|halved|increased|decreased|risen|fallen|(?-i:rose|fell)"
                    + "|dropped|declined|grew|surged|plunged|soared"
                    + "|mehr als|weniger als|mindestens|höchstens|größte[nmrs]?|höchste[nmrs]?|niedrigste[nmrs]?"
                    + "|meiste[nmrs]?|erste[nmrs]?|Rekord\\p{L}*|verdoppelt|gestiegen|gesunken|stieg|sank"
                    + "|als je zuvor)\\b",
            CI);

    /** "rather than" and "other than" compare nothing. */
    static final Pattern NOT_COMPARISON = Pattern.compile("\\b(?:rather|other)\\s+than\\b", CI);

    static final Pattern ATTRIBUTION = Pattern.compile(
            "\\b(?:said|says|told|tells|according to|(?:was|were) quoted as saying|quoted|stated|claimed|claims"
                    + "|announced|reported|confirmed|denied|insisted|added|wrote|tweeted|argued|alleged|warned"
                    + "|estimated|explained|noted|acknowledged|admitted|declared|in a statement|spokes(?:man|woman"
                    + "|person)|sagte|sagt|erklärte|teilte\\s+\\p{L}+\\s+mit|laut|zufolge|betonte|behauptete"
                    + "|berichtete|bestätigte|dementierte|schrieb|warnte|hieß es)\\b",
            CI);

    /** Opinion markers; the adjectives only in lower case, so that "Great Britain" is no opinion. */
    static final Pattern OPINION = Pattern.compile(
            "(?iu:\\b(?:I think|I believe|I feel|in my (?:opinion|view)|should|must|ought to|hopefully|sadly"
                    + "|unfortunately|clearly|obviously|ich finde|meiner Meinung nach|sollte|müsste|leider"
                    + "|hoffentlich)\\b)|\\b(?:great|terrible|wonderful|awful|amazing|ridiculous|absurd|outrageous"
                    + "|shameful|disgraceful|beautiful|horrible|schrecklich|großartig|skandalös)\\b");

    /** Capitalised words that are no names: pronouns, titles and calendar words. */
    static final Set<String> NOT_NAMES = Set.of("I", "Mr", "Mrs", "Ms", "Dr", "Prof", "Jr", "Sr", "Gen", "Sen", "Rep",
            "Gov", "Lt", "Col", "Capt", "St", "Herr", "Frau", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December");

    /** Words that start a sentence in capitals without starting a name. */
    static final Set<String> FUNCTION_WORDS = Set.of("The", "A", "An", "In", "On", "At", "By", "For", "From", "To",
            "With", "As", "After", "Before", "Since", "During", "While", "When", "If", "But", "And", "Or", "So",
            "He", "She", "It", "They", "We", "You", "His", "Her", "Its", "Their", "Our", "This", "That", "These",
            "Those", "There", "Earlier", "Later", "Last", "Next", "Meanwhile", "However", "According", "Der", "Die",
            "Das", "Ein", "Eine", "Im", "Am", "Er", "Sie", "Es", "Wir");

    private Lexicon() {
    }
}
