package de.lotse.audit;

import de.lotse.common.paging.PageParams;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Page and size of a list that has a fixed order and no search, as PageParams has them. */
public class Paging {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Zero-based page number")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(PageParams.MAX_SIZE)
    @Parameter(description = "Items per page, at most 100 (more is a 400, never a silent cap)")
    public int size;
}
