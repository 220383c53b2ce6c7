package cn.ipfin.core.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the JSON API for OpenAPI clients: its title and the bearer token that {@code POST /api/v1/auth/token}
 * issues, so Swagger UI offers an Authorize button.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI ipfinOpenApi() {
        return new OpenAPI()
                .info(new Info().title("IPFin API").version("v1")
                        .description("知识产权金融服务平台 API. Errors are RFC 9457 problem details with a stable code."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("Token from POST /api/v1/auth/token")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
