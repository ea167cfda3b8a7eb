package org.homeward.shared.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Which other web sites' pages may call the API from a browser (a partner's retail
 * counter page, say): none unless {@code homeward.web.cors.allowed-origins} names them. A
 * browser calling from a named origin is answered with
 * {@code Access-Control-Allow-Origin}; from any other, refused. Tokens travel in the
 * Authorization header, never in cookies, so no credentials are allowed across origins.
 */
@Configuration(proxyBeanMethods = false)
class ApiOrigins {

	@ConfigurationProperties("homeward.web.cors")
	record Settings(@DefaultValue List<String> allowedOrigins) {
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(Settings settings) {
		CorsConfiguration api = new CorsConfiguration();
		api.setAllowedOrigins(settings.allowedOrigins());
		api.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
		api.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "Accept-Language"));
		api.setExposedHeaders(
				List.of(ApiRateLimits.LIMIT, ApiRateLimits.REMAINING, ApiRateLimits.RESET, "Retry-After", "Location"));
		api.setAllowCredentials(false);
		api.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", api);
		return source;
	}

}
