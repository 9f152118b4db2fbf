package org.claimdesk.publishing.claimreview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The label maps of the X-FACT data set (utahnlp/x-fact), as shipped in {@code src/main/resources/verdict-labels/}:
 * per site, its labels in its own words mapped to an English label ("pants on fire!" → "false"), and
 * {@code master_mapping.tsv} sorting those English labels into seven classes. All keys are {@link LabelKey}s.
 */
record XFactLabelMaps(Map<String, String> classByLabel, Map<String, Map<String, String>> labelsBySite) {

    static final String FOLDER = "/verdict-labels/";

    static XFactLabelMaps bundled() {
        Map<String, Map<String, String>> labelsBySite = new LinkedHashMap<>();
        for (String line : lines("sites.txt")) {
            String site = line.strip();
            if (!site.isEmpty() && !site.startsWith("#")) {
                labelsBySite.put(site, pairs(lines(site + ".txt")));
            }
        }
        return new XFactLabelMaps(classes(lines("master_mapping.tsv")), labelsBySite);
    }

    /** The class of an English label, also for x-fact's "other/myth" style; null when it has none. */
    @Nullable String classOf(String englishLabel) {
        String whole = classByLabel.get(LabelKey.of(englishLabel));
        if (whole != null || !englishLabel.contains("/")) {
            return whole;
        }
        return classByLabel.get(LabelKey.of(englishLabel.substring(0, englishLabel.indexOf('/'))));
    }

    /** Each English label with its class. A label that x-fact puts in two classes is left out as ambiguous. */
    private static Map<String, String> classes(List<String> masterLines) {
        Map<String, String> classByLabel = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String line : masterLines) {
            String[] columns = line.split("\t", 2);
            if (columns.length < 2) {
                continue;
            }
            String verdictClass = LabelKey.of(columns[0]);
            for (String label : columns[1].split("\\|")) {
                String key = LabelKey.of(label);
                String earlier = classByLabel.putIfAbsent(key, verdictClass);
                if (earlier != null && !earlier.equals(verdictClass)) {
                    ambiguous.add(key); // "incomplete" is both partly true and other
                }
            }
        }
        classByLabel.keySet().removeAll(ambiguous);
        classByLabel.remove("");
        return Map.copyOf(classByLabel);
    }

    /** A site's label → English label lines; a line without a tab (a methodology URL) is no mapping. */
    private static Map<String, String> pairs(List<String> siteLines) {
        Map<String, String> pairs = new HashMap<>();
        for (String line : siteLines) {
            String[] columns = line.split("\t", 2);
            String key = LabelKey.of(columns[0]);
            if (columns.length == 2 && !key.isEmpty() && !columns[1].isBlank()) {
                pairs.putIfAbsent(key, columns[1].strip());
            }
        }
        return Map.copyOf(pairs);
    }

    private static List<String> lines(String file) {
        String resource = FOLDER + file;
        try (InputStream in = Objects.requireNonNull(XFactLabelMaps.class.getResourceAsStream(resource),
                resource + " missing from the classpath");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " unreadable", e);
        }
    }
}
