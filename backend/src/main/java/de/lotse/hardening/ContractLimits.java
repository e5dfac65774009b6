package de.lotse.hardening;

import de.lotse.common.paging.PageParams;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Gives every string, array and integer of the contract the limit that bounds it (OWASP API4,
 * unrestricted resource consumption), so clients and the Spectral OWASP rules see them:
 * <ul>
 * <li>the length and size limits of the request schemas (Bean Validation) also hold for what the
 * responses of the same resource return, since only accepted values are stored;</li>
 * <li>UUIDs, dates and instants have fixed lengths, anchored patterns such as money amounts a
 * longest match, enum arrays (stored without duplicates) one entry per constant, pages at most
 * {@link PageParams#MAX_SIZE} items;</li>
 * <li>integers are counts, sizes, years or versions: never negative; at most what their format holds;</li>
 * <li>any other text is bounded by what reaches the API at all: a query or path parameter by the
 * request line (4 KiB), a header by the header limit (20 KiB), a body value by the body limit
 * (256 KiB); other arrays (a record's fields, a caller's roles, a summary's rows) by 1000.</li>
 * </ul>
 */
public final class ContractLimits {

    static final int REQUEST_LINE = 4096;
    static final int HEADERS = 20 * 1024;
    static final int BODY = 256 * 1024;
    static final int OTHER_ARRAYS = 1000;
    /** The export of everything stored about a person is complete by law (Art. 15 GDPR): its lists have no maximum. */
    private static final Set<String> COMPLETE = Set.of("PersonalDataExport");
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35);

    private final Map<String, Schema> schemas;

    private ContractLimits(Components components) {
        this.schemas = components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
    }

    public static void apply(OpenAPI openAPI) {
        ContractLimits limits = new ContractLimits(openAPI.getComponents());
        limits.schemas.forEach((name, schema) -> limits.copyFromRequest(name, schema));
        limits.schemas.forEach((name, schema) -> limits.limit(schema, BODY, isPage(schema), COMPLETE.contains(name)));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Stream.concat(Optional.ofNullable(item.getParameters()).stream().flatMap(List::stream),
                    item.getOperations().values().stream()
                            .flatMap(op -> Optional.ofNullable(op.getParameters()).stream().flatMap(List::stream)))
                    .forEach(limits::limit);
            item.getOperations().values().forEach(op -> {
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().getMediaTypes().values().forEach(limits::limit);
                }
                if (op.getResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> {
                        if (r.getContent() != null) {
                            r.getContent().getMediaTypes().values().forEach(limits::limit);
                        }
                        if (r.getHeaders() != null) {
                            r.getHeaders().values().forEach(h -> limits.limit(h.getSchema(), HEADERS, false, false));
                        }
                    });
                }
            });
        });
    }

    /** The response schema X gets the limits of the request schema XRequest, property by property. */
    private void copyFromRequest(String name, Schema response) {
        Schema request = schemas.get(name + "Request");
        if (request == null || request.getProperties() == null || response.getProperties() == null) {
            return;
        }
        response.getProperties().forEach((property, target) -> {
            Schema source = request.getProperties().get(property);
            if (source != null) {
                copy(source, target);
                if (source.getItems() != null && target.getItems() != null) {
                    copy(source.getItems(), target.getItems());
                }
            }
        });
    }

    private static void copy(Schema from, Schema to) {
        Integer maxLength = from.getMaxLength() != null ? from.getMaxLength() : PatternLength.longestMatch(from.getPattern());
        if (to.getMaxLength() == null && to.getEnumeration() == null) {
            to.setMaxLength(maxLength);
        }
        to.setMaxItems(or(to.getMaxItems(), from.getMaxItems()));
        to.setMinimum(or(to.getMinimum(), from.getMinimum()));
        to.setMaximum(or(to.getMaximum(), from.getMaximum()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static boolean isPage(Schema schema) {
        return schema.getProperties() != null && schema.getProperties().keySet().containsAll(List.of("items", "page", "size", "total"));
    }

    private void limit(Parameter parameter) {
        if (parameter.getSchema() != null) {
            limit(parameter.getSchema(), parameter.getIn() == Parameter.In.HEADER ? HEADERS : REQUEST_LINE, false, false);
        }
    }

    private void limit(MediaType media) {
        if (media.getSchema() != null) {
            limit(media.getSchema(), BODY, false, false);
        }
    }

    /** {@code page}: the schema is a page's list; {@code complete}: lists of any length (see COMPLETE). */
    private void limit(Schema schema, int textLimit, boolean page, boolean complete) {
        if (schema == null) {
            return;
        }
        List<SchemaType> type = schema.getType() == null ? List.of() : schema.getType();
        // "type: string" beside a reference repeats the referenced schema's type; the limits live there.
        if (schema.getRef() != null || schema.getAllOf() != null && schema.getAllOf().size() == 1 && schema.getAllOf().get(0).getRef() != null) {
            schema.setType(null);
        } else {
            if (type.contains(SchemaType.STRING)) {
                limitString(schema, textLimit);
            } else if (type.contains(SchemaType.INTEGER)) {
                limitInteger(schema);
            } else if (type.contains(SchemaType.ARRAY) && schema.getMaxItems() == null && !complete) {
                schema.setMaxItems(page ? Integer.valueOf(PageParams.MAX_SIZE) : enumSize(schema.getItems()).orElse(OTHER_ARRAYS));
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> limit(property, textLimit, page && "items".equals(name), complete));
        }
        limit(schema.getItems(), textLimit, false, complete);
        limit(schema.getAdditionalPropertiesSchema(), textLimit, false, complete);
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                .flatMap(List::stream).forEach(member -> limit(member, textLimit, false, complete));
    }

    private static void limitString(Schema schema, int textLimit) {
        if (schema.getMaxLength() != null || schema.getEnumeration() != null) {
            return;
        }
        Integer length = schema.getFormat() == null ? null : FORMAT_LENGTHS.get(schema.getFormat());
        if (length == null && schema.getPattern() != null) {
            length = PatternLength.longestMatch(schema.getPattern());
        }
        schema.setMaxLength(length != null ? length : textLimit);
    }

    private static void limitInteger(Schema schema) {
        if (schema.getFormat() == null) {
            schema.setFormat("int32");
        }
        if (schema.getMinimum() == null) {
            schema.setMinimum(BigDecimal.ZERO);
        }
        if (schema.getMaximum() == null) {
            schema.setMaximum(BigDecimal.valueOf("int64".equals(schema.getFormat()) ? Long.MAX_VALUE : Integer.MAX_VALUE));
        }
    }

    private Optional<Integer> enumSize(Schema items) {
        if (items == null) {
            return Optional.empty();
        }
        Schema target = items.getRef() != null ? schemas.get(items.getRef().substring(items.getRef().lastIndexOf('/') + 1)) : items;
        return Optional.ofNullable(target).map(Schema::getEnumeration).map(List::size);
    }
}
