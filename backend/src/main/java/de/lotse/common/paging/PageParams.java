package de.lotse.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every list shares: search, sort and page. */
public class PageParams {

    public static final int MAX_SIZE = 100;

    @QueryParam("q")
    @Parameter(description = "Case- and accent-insensitive search over names and text (`muller` finds `Müller`)")
    public String q;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated fields to sort by; prefix a field with `-` for descending, e.g. `lastName,-arrivalDate`")
    public String sort;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Zero-based page number")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, at most 100 (more is a 400, never a silent cap)")
    public int size;
}
