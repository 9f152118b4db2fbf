package org.claimdesk.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people reach ClaimDesk at, for links the server hands out: {@code CLAIMDESK_PUBLICURL} when
 * set, else the address of the request being served (behind a proxy, its forwarded headers count).
 */
@Component
class PublicAddress {

    private final String configured;
    private final Environment environment;

    PublicAddress(PublicUrlProperties properties, Environment environment) {
        String url = properties.publicUrl();
        this.configured = url == null ? "" : url.strip().replaceAll("/+$", "");
        this.environment = environment;
    }

    String link(String path) {
        return base() + "/" + path;
    }

    private String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString().replaceAll("/+$", "");
        }
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }
}
