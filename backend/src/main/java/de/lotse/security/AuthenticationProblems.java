package de.lotse.security;

import de.lotse.common.error.Problems;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A missing, expired or foreign token is a 401 problem like every other error of the API.
 * (quarkus-resteasy-problem's own mapper for these fails on this Quarkus version.)
 */
public class AuthenticationProblems {

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return response(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return response(uri);
    }

    private static Response response(UriInfo uri) {
        var problem = Problems.unauthorized();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", 401);
        body.put("detail", problem.getDetail());
        body.put("instance", uri.getPath());
        return Response.status(401).type("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"lotse\"").entity(body).build();
    }
}
