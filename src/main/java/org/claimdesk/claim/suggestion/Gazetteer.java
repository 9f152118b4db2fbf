package org.claimdesk.claim.suggestion;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small list of countries, capitals, large cities and regions (English and German names), enough to
 * recognise the places that news reports name most. Multi-word names are kept with single spaces.
 */
final class Gazetteer {

    private static final String PLACES = """
            Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
            Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|
            Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|
            Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|
            Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|
            Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|
            Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|
            Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|
            Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|
            Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|
            Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|
            North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|
            Philippines|Poland|Portugal|Qatar|Romania|Russia|Russian Federation|Rwanda|Samoa|San Marino|
            Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|
            South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|
            Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|
            Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|
            Northern Ireland|United States|United States of America|USA|US|U.S.|America|Uruguay|Uzbekistan|Vanuatu|
            Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Korea|
            Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Ankara|Astana|Athens|Baghdad|Baku|Bangkok|
            Beijing|Beirut|Belgrade|Berlin|Bern|Bishkek|Bogota|Brasilia|Bratislava|Brussels|Bucharest|Budapest|
            Buenos Aires|Cairo|Canberra|Caracas|Chisinau|Colombo|Copenhagen|Dakar|Damascus|Dhaka|Doha|Dublin|
            Dushanbe|Hanoi|Havana|Helsinki|Islamabad|Jakarta|Jerusalem|Kabul|Kampala|Kathmandu|Khartoum|Kyiv|Kiev|
            Kinshasa|Kuala Lumpur|Lagos|Lima|Lisbon|Ljubljana|London|Luanda|Madrid|Managua|Manila|Maputo|Mexico City|
            Minsk|Mogadishu|Monrovia|Montevideo|Moscow|Muscat|Nairobi|New Delhi|Delhi|Nicosia|Oslo|Ottawa|Paris|
            Phnom Penh|Podgorica|Prague|Pretoria|Pristina|Pyongyang|Quito|Rabat|Reykjavik|Riga|Riyadh|Rome|Santiago|
            Sarajevo|Seoul|Skopje|Sofia|Stockholm|Taipei|Tallinn|Tashkent|Tbilisi|Tehran|Tirana|Tokyo|Tripoli|Tunis|
            Ulaanbaatar|Vienna|Vilnius|Warsaw|Washington|Washington, D.C.|Wellington|Yerevan|Zagreb|
            New York|Los Angeles|Chicago|Houston|San Francisco|Miami|Boston|Toronto|Montreal|Sao Paulo|
            Rio de Janeiro|Shanghai|Hong Kong|Shenzhen|Guangzhou|Wuhan|Osaka|Mumbai|Kolkata|Karachi|Lahore|Istanbul|
            Dubai|Tel Aviv|Gaza|Gaza Strip|West Bank|St. Petersburg|Saint Petersburg|Vladivostok|Kharkiv|Odesa|
            Odessa|Donetsk|Luhansk|Mariupol|Aleppo|Mosul|Sydney|Melbourne|Johannesburg|Cape Town|Hamburg|Munich|
            Cologne|Frankfurt|Bonn|Milan|Barcelona|Geneva|Zurich|Strasbourg|The Hague|Davos|Brussels|
            Africa|Asia|Europe|Antarctica|Arctic|Australia|North America|South America|Latin America|Middle East|
            Near East|Far East|Central Asia|East Asia|Northeast Asia|North-east Asia|Southeast Asia|South Asia|
            Eastern Europe|Western Europe|Central Europe|Scandinavia|Balkans|Baltic|Caucasus|Crimea|Donbas|Donbass|
            Siberia|Kashmir|Tibet|Xinjiang|Sahel|Maghreb|Persian Gulf|Gulf|Mediterranean|Black Sea|Baltic Sea|
            South China Sea|Pacific|Atlantic|Korean Peninsula|Korean peninsula|Balkan|Kurdistan|Darfur|
            Deutschland|Frankreich|Russland|Nordkorea|Südkorea|Vereinigte Staaten|USA|Großbritannien|China|Japan|
            Italien|Spanien|Polen|Österreich|Schweiz|Niederlande|Belgien|Türkei|Griechenland|Ägypten|Syrien|
            Irak|Iran|Indien|Ukraine|Weißrussland|Kanada|Mexiko|Brasilien|Europa|Asien|Afrika|Amerika|Nahost|
            Moskau|Peking|Washington|Paris|London|Berlin|Wien|Rom|Brüssel|Warschau|Kiew|Pjöngjang|Seoul|Tokio|
            Singapur|München|Köln|Genf|Nordostasien
            """;

    private static final Set<String> NAMES = Arrays.stream(PLACES.split("[|\\n]"))
            .map(String::strip)
            .filter(name -> !name.isEmpty())
            .collect(Collectors.toUnmodifiableSet());

    /** Longest place names, in words ("United States of America"). */
    static final int MAX_WORDS = 4;

    private Gazetteer() {
    }

    static boolean isPlace(String name) {
        return NAMES.contains(name);
    }
}
