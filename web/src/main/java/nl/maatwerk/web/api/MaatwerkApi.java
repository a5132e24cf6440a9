package nl.maatwerk.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Maatwerk API", version = "1",
                description = "JSON-API van Maatwerk, het back office voor de Wmo 2015. Dezelfde rol- en "
                        + "gemeentecontroles als de schermen; elke raadpleging van cliëntgegevens wordt gelogd."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class MaatwerkApi extends Application {
}
