package org.claimdesk.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.claimdesk.security.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests by {@code Authorization: Bearer <token>} and limits each token's rate.
 * A request without a token goes on unauthenticated (the chain answers 401 where one is needed); a bad
 * token is refused at once, so a typo is not mistaken for anonymous access.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private final AccessTokens tokens;
    private final ApiRateLimiter limiter;
    private final ApiProblems problems;

    AccessTokenFilter(AccessTokens tokens, ApiRateLimiter limiter, ApiProblems problems) {
        this.tokens = tokens;
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = header.substring(7).strip();
        Optional<SignedInUser> owner = tokens.authenticate(secret);
        if (owner.isEmpty()) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.token.invalid");
            return;
        }
        Duration wait = limiter.tryConsume(AccessTokens.fingerprint(secret));
        if (!wait.isZero()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds() + 1)));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.rate-limited");
            return;
        }
        SignedInUser user = owner.get();
        List<SimpleGrantedAuthority> authorities = user.role().withIncludedRoles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
