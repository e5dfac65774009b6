package de.lotse.common.paging;

import de.lotse.common.error.Problems;
import io.quarkus.panache.common.Sort;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields a list may be sorted by: API name to entity attribute. Parsing a `sort` parameter
 * against it turns unknown fields into a 400 instead of a silently ignored or injected order.
 * The id is always the last key, so pages are stable when sort values repeat.
 */
public final class SortFields {

    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final String defaultSort;

    private SortFields(String defaultSort) {
        this.defaultSort = defaultSort;
    }

    /** @param defaultSort the order used when the client gives none, in `sort` syntax */
    public static SortFields defaultingTo(String defaultSort) {
        return new SortFields(defaultSort);
    }

    public SortFields field(String apiName, String attribute) {
        attributes.put(apiName, attribute);
        return this;
    }

    public SortFields field(String apiName) {
        return field(apiName, apiName);
    }

    public String allowed() {
        return String.join(", ", attributes.keySet());
    }

    public Sort parse(String sortParameter) {
        String spec = sortParameter == null || sortParameter.isBlank() ? defaultSort : sortParameter;
        Sort sort = null;
        for (String raw : spec.split(",")) {
            String token = raw.trim();
            if (token.isEmpty()) {
                throw Problems.invalid("sort", "query", "empty sort field");
            }
            boolean descending = token.startsWith("-");
            String name = descending ? token.substring(1) : token;
            String attribute = attributes.get(name);
            if (attribute == null) {
                throw Problems.invalid("sort", "query", "unknown sort field '" + name + "'; allowed: " + allowed());
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(attribute, direction) : sort.and(attribute, direction);
        }
        return sort.and("id");
    }
}
