package org.claimdesk.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry's values before and after as a list of changed fields, readable by people: nested objects
 * become dotted names ({@code anchor.quote}), a value that was not there is empty, unchanged fields are left
 * out. Values that are no JSON objects count as one field named {@code value}.
 */
public final class AuditDiff {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A field that changed, with its values as text. */
    public record Change(String field, String before, String after) {
    }

    private AuditDiff() {
    }

    public static List<Change> of(AuditEntry entry) {
        List<Change> changes = new ArrayList<>();
        compare("", read(entry.before()), read(entry.after()), changes);
        return changes;
    }

    private static void compare(String path, @Nullable JsonNode before, @Nullable JsonNode after, List<Change> changes) {
        boolean beforeObject = before == null || before.isObject();
        boolean afterObject = after == null || after.isObject();
        if (beforeObject && afterObject && (before != null || after != null)) {
            Set<String> fields = new LinkedHashSet<>();
            if (before != null) {
                fields.addAll(before.propertyNames());
            }
            if (after != null) {
                fields.addAll(after.propertyNames());
            }
            for (String field : fields) {
                compare(path.isEmpty() ? field : path + "." + field, before == null ? null : before.get(field),
                        after == null ? null : after.get(field), changes);
            }
            return;
        }
        String was = text(before);
        String is = text(after);
        if (!was.equals(is)) {
            changes.add(new Change(path.isEmpty() ? "value" : path, was, is));
        }
    }

    private static @Nullable JsonNode read(@Nullable String json) {
        return json == null ? null : JSON.readTree(json);
    }

    private static String text(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
