package de.lotse.common.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's description in the contract: its tags, one per resource. */
@SecurityScheme(securitySchemeName = AccessDocumentation.SCHEME, type = SecuritySchemeType.OAUTH2,
        description = "OpenID Connect (Keycloak realm lotse). People sign in through the web app (authorization code + PKCE) "
                + "and get roles; the city's other tools use the client-credentials grant and get scopes. URLs below are those "
                + "of a local installation (./lotse run).",
        flows = @OAuthFlows(
                authorizationCode = @OAuthFlow(
                        authorizationUrl = "http://localhost:8180/realms/lotse/protocol/openid-connect/auth",
                        tokenUrl = "http://localhost:8180/realms/lotse/protocol/openid-connect/token",
                        scopes = @OAuthScope(name = "openid", description = "Sign in; the person's roles decide what they may do")),
                clientCredentials = @OAuthFlow(
                        tokenUrl = "http://localhost:8180/realms/lotse/protocol/openid-connect/token",
                        scopes = {
                                @OAuthScope(name = "lotse.read", description = "Read projects, budget, associations, meetings"),
                                @OAuthScope(name = "lotse.write", description = "Create, change and delete records"),
                                @OAuthScope(name = "lotse.statistics", description = "Aggregated statistics"),
                                @OAuthScope(name = "lotse.personal-data", description = "With read/write: records of people (sponsors, newcomers)")
                        })))
@OpenAPIDefinition(
        info = @Info(title = "Lotse API", version = "1.0.0"),
        security = @SecurityRequirement(name = AccessDocumentation.SCHEME),
        tags = {
                @Tag(name = "Projects", description = "Funded projects (Förderprojekte) and their milestones"),
                @Tag(name = "Budget lines", description = "Planned and actual cost and funding per project and fiscal year (Haushaltspositionen)"),
                @Tag(name = "Sponsors", description = "Trained volunteer sponsors (Patinnen und Paten)"),
                @Tag(name = "Newcomers", description = "Newly arrived people and households (Neuzugewanderte); personal data"),
                @Tag(name = "Associations", description = "Migrant organisations, clubs, initiatives and other partners of the network"),
                @Tag(name = "Network meetings", description = "Network meetings in every format, with participants and agreed actions"),
                @Tag(name = "Me", description = "The signed-in caller and their rights")
        })
public class LotseApi extends Application {
}
