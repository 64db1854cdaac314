package dev.tandem.identity.internal;

import dev.tandem.shared.Actor;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the OpenAPI document describes signing in, as {@link SecurityConfiguration} checks it: every operation takes
 * a personal access token as bearer, except creating one, which takes the username and password with HTTP Basic.
 * The {@link Actor} a controller takes is the token's owner, resolved by {@link ActorArgumentResolver}, so it is
 * no parameter of the request.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";
    static final String BASIC = "basic";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI tandemApi() {
        return new OpenAPI()
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal access token; create one with POST /api/v1/me/tokens."))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Your username and password.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer tokenCreationTakesThePassword() {
        return api -> {
            var tokens = api.getPaths().get("/api/v1/me/tokens");
            if (tokens != null && tokens.getPost() != null) {
                tokens.getPost().setSecurity(List.of(new SecurityRequirement().addList(BASIC)));
            }
        };
    }
}
