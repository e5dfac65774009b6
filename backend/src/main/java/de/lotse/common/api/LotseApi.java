package de.lotse.common.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's description in the contract: its tags, one per resource. */
@OpenAPIDefinition(
        info = @Info(title = "Lotse API", version = "1.0.0"),
        tags = {
                @Tag(name = "Projects", description = "Funded projects (Förderprojekte) and their milestones"),
                @Tag(name = "Budget lines", description = "Planned and actual cost and funding per project and fiscal year (Haushaltspositionen)"),
                @Tag(name = "Sponsors", description = "Trained volunteer sponsors (Patinnen und Paten)"),
                @Tag(name = "Newcomers", description = "Newly arrived people and households (Neuzugewanderte); personal data"),
                @Tag(name = "Associations", description = "Migrant organisations, clubs, initiatives and other partners of the network"),
                @Tag(name = "Network meetings", description = "Network meetings in every format, with participants and agreed actions")
        })
public class LotseApi extends Application {
}
