package de.lotse.security;

import de.lotse.common.error.Problems;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * The gate of every API operation: no valid token is 401, an operation the access matrix does not
 * grant the caller is 403 (an operation missing from the matrix is granted to nobody). What was
 * granted ("own" or all) is handed to the services through {@link Caller#scope()}.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AccessFilter.class);
    private static final Map<Method, String> OPERATION_IDS = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resourceInfo;

    private final Caller caller;

    public AccessFilter(Caller caller) {
        this.caller = caller;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        if (!caller.signedIn()) {
            throw new UnauthorizedException();
        }
        String operationId = OPERATION_IDS.computeIfAbsent(method, AccessFilter::operationId);
        Access access = caller.accessTo(operationId);
        if (access == Access.DENY) {
            LOG.debugf("Denied %s to %s", operationId, caller.username());
            throw Problems.forbidden("Your role does not allow this operation (" + operationId + ").");
        }
        caller.grant(operationId, access);
    }

    /** The operationId of a resource method, the key of the access matrix. */
    public static String operationId(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation == null || operation.operationId().isBlank() ? method.getDeclaringClass().getSimpleName() + "." + method.getName()
                : operation.operationId();
    }
}
