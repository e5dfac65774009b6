package de.lotse.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the filter of a list from optional query parameters. Each filter is a JPQL condition on
 * the entity's attributes with one named parameter; absent parameters add nothing. A page then
 * costs two statements, the page and its count, whatever its size.
 */
public final class ListQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code condition} (which uses {@code :name}) when {@code value} is present. */
    public ListQuery where(String condition, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            conditions.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** Adds {@code condition}, which uses every name of {@code values}, unconditionally. */
    public ListQuery where(String condition, Map<String, Object> values) {
        conditions.add(condition);
        values.forEach(parameters::and);
        return this;
    }

    /**
     * Case- and accent-insensitive substring search over the entity's generated
     * {@code searchText} column (normalised in SQL by {@code lotse_normalize}, indexed by pg_trgm).
     */
    public ListQuery search(String q) {
        if (q != null && !q.isBlank()) {
            conditions.add("searchText like concat('%', function('lotse_normalize', :q), '%') escape '\\'");
            parameters.and("q", escapeLike(q.trim()));
        }
        return this;
    }

    /**
     * How an entity runs a query: a lambda calling its static Panache {@code find}. (A method
     * reference such as {@code Project::find} would bind to PanacheEntityBase, which Panache does
     * not enhance.)
     */
    @FunctionalInterface
    public interface Finder<E extends PanacheEntityBase> {
        PanacheQuery<E> find(String query, Sort sort, Parameters parameters);
    }

    /** Runs the filtered, sorted query for one page and its total: two SQL statements. */
    public <E extends PanacheEntityBase, D> Page<D> page(
            Finder<E> finder, SortFields sortFields, PageParams params, Function<E, D> mapper) {
        PanacheQuery<E> query = finder.find(jpql(), sortFields.parse(params.sort), parameters);
        List<D> items = query.page(params.page, params.size).list().stream().map(mapper).toList();
        return new Page<>(items, params.page, params.size, query.count());
    }

    public String jpql() {
        return String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
