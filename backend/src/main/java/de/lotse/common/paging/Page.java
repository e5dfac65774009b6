package de.lotse.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, as every list endpoint returns it. */
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in the requested order") List<T> items,
        @Schema(required = true, description = "Zero-based page number", example = "0") int page,
        @Schema(required = true, description = "Requested page size (1 to 100)", example = "20") int size,
        @Schema(required = true, description = "Number of items matching the filters across all pages", example = "137") long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
