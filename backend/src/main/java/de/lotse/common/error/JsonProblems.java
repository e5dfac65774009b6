package de.lotse.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.stream.Collectors;

/** A body Jackson could not read, as a 400 that names the offending property. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static HttpProblem toProblem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problems.invalidBody(path(unknown), "unknown property");
        }
        if (e instanceof InvalidFormatException format) {
            String expected = format.getTargetType() != null && format.getTargetType().isEnum()
                    ? "one of " + java.util.Arrays.stream(format.getTargetType().getEnumConstants())
                            .map(Object::toString).collect(Collectors.joining(", "))
                    : "a valid " + simpleName(format.getTargetType());
            return Problems.invalidBody(path(format), "must be " + expected);
        }
        if (e instanceof DatabindException mapping && !((JsonMappingException) mapping).getPath().isEmpty()) {
            return Problems.invalidBody(path((JsonMappingException) mapping), "has the wrong type or shape");
        }
        return HttpProblem.builder().withType(Problems.VALIDATION).withStatus(400)
                .withTitle("Invalid request").withDetail("The request body is not valid JSON.").build();
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "instant (RFC 3339, e.g. 2026-03-01T09:30:00Z)";
            case "UUID" -> "UUID";
            case "BigDecimal" -> "decimal amount as a string, e.g. \"63000.00\"";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "Boolean", "boolean" -> "boolean";
            default -> "value";
        };
    }
}
