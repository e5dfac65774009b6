package de.lotse.common.api;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** The response shapes API.md asks for: 201 + Location on create, ETag on single reads. */
public final class Responses {

    private Responses() {
    }

    public static <T extends Resource> RestResponse<T> created(UriInfo uriInfo, T body) {
        return RestResponse.ResponseBuilder.<T>created(uriInfo.getAbsolutePathBuilder().path(body.id().toString()).build())
                .entity(body)
                .tag(Versions.etag(body.version()))
                .build();
    }

    public static <T extends Resource> RestResponse<T> withEtag(T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(Versions.etag(body.version())).build();
    }

    public static final String MERGE_PATCH = "application/merge-patch+json";
}
