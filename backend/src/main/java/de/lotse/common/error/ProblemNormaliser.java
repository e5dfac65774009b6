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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
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
        Path.MethodNode method = null;
        Path.ParameterNode parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.as(Path.ParameterNode.class);
                continue;
            }
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        if (violation.getLeafBean() instanceof PageParams) {
            return new Problems.FieldViolation(String.join(".", names), "query", violation.getMessage());
        }
        String[] source = parameter == null ? null : httpSource(violation.getRootBeanClass(), method, parameter);
        if (source != null && names.isEmpty()) {
            return new Problems.FieldViolation(source[1], source[0], violation.getMessage());
        }
        String field = names.isEmpty() ? "$" : String.join(".", names);
        return new Problems.FieldViolation(field, "body", violation.getMessage());
    }

    /** Where a resource method's parameter comes from: {"query", name}, {"path", name}, ... */
    private static String[] httpSource(Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        if (method == null) {
            return null;
        }
        try {
            Method declared = resource.getMethod(method.getName(), method.getParameterTypes().toArray(Class[]::new));
            for (Annotation annotation : declared.getParameterAnnotations()[parameter.getParameterIndex()]) {
                if (annotation instanceof QueryParam query) {
                    return new String[] {"query", query.value()};
                }
                if (annotation instanceof PathParam path) {
                    return new String[] {"path", path.value()};
                }
                if (annotation instanceof HeaderParam header) {
                    return new String[] {"header", header.value()};
                }
            }
        } catch (NoSuchMethodException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
        return null;
    }
}
