package de.lotse.common.patch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.lotse.common.error.JsonProblems;
import de.lotse.common.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Applies a merge patch to the writable state of a record and checks the result exactly as a PUT
 * body would be checked: unknown properties and wrong types are 400s, then Bean Validation.
 */
@ApplicationScoped
public class MergePatcher {

    private final ObjectMapper mapper;
    private final Validator validator;

    public MergePatcher(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * @param current the record's writable state as a request; its {@code version} is dropped so
     *                the client must send its own (in the patch or as If-Match)
     */
    public <R> R apply(R current, JsonNode patch, Class<R> type) {
        if (patch == null || !patch.isObject()) {
            throw Problems.invalidBody("$", "a merge patch must be a JSON object");
        }
        ObjectNode base = mapper.valueToTree(current);
        base.remove("version");
        JsonNode merged = MergePatch.apply(base, patch);
        R request;
        try {
            request = mapper.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw JsonProblems.toProblem(e);
        } catch (IllegalArgumentException e) {
            throw Problems.invalidBody("$", "the patch does not fit the resource");
        }
        Set<ConstraintViolation<R>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
