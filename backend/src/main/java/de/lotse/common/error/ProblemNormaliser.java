package de.lotse.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.lotse.common.paging.PageParams;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gives every problem the same shape, whichever mapper of quarkus-resteasy-problem produced it:
 * unreadable bodies, unconvertible query parameters and Bean Validation failures all become a
 * {@code validation} problem with {@code violations[{field, in, message}]}, and no detail ever
 * repeats an exception message (which could name classes or values).
 */
@ApplicationScoped
public class ProblemNormaliser implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        HttpProblem normalised = normalise(problem, context.cause);
        if (normalised == problem) {
            return problem;
        }
        return HttpProblem.builder(normalised).withInstance(problem.getInstance()).build();
    }

    @Override
    public int priority() {
        return 1000;
    }

    private HttpProblem normalise(HttpProblem problem, Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException json) {
                return JsonProblems.toProblem(json);
            }
            if (c instanceof QueryParamConverters.InvalidQueryParameter invalid) {
                return Problems.invalid(invalid.parameter, "query", invalid.getMessage());
            }
            if (c instanceof ConstraintViolationException violations) {
                return Problems.invalid(violations.getConstraintViolations().stream()
                        .map(ProblemNormaliser::toViolation)
                        .sorted(Comparator.comparing(Problems.FieldViolation::field))
                        .toList());
            }
        }
        return switch (problem.getStatusCode()) {
            case 400 -> problem.getType() != null ? problem : withDetail(problem, "The request could not be read.");
            case 404 -> problem.getType() != null ? problem : withDetail(problem, "There is no resource at this address.");
            case 405 -> withDetail(problem, "This method is not allowed on this resource.");
            case 406 -> withDetail(problem, "This resource answers in application/json only.");
            case 415 -> withDetail(problem, "Send the body as application/json (PATCH: application/merge-patch+json).");
            default -> problem;
        };
    }

    private static HttpProblem withDetail(HttpProblem problem, String detail) {
        return HttpProblem.builder(problem).withDetail(detail).build();
    }

    private static Problems.FieldViolation toViolation(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean methodParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                methodParameter = true;
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        boolean query = violation.getLeafBean() instanceof PageParams
                || (methodParameter && names.isEmpty());
        String field = names.isEmpty() ? "$" : String.join(".", names);
        return new Problems.FieldViolation(field, query ? "query" : "body", violation.getMessage());
    }
}
