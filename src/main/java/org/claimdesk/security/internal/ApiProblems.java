package org.claimdesk.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.claimdesk.i18n.EnglishMessages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem details for refusals that happen before a controller is reached. */
@Component
class ApiProblems {

    private final JsonMapper json = JsonMapper.builder().build();

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String problem)
            throws IOException {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, EnglishMessages.get(problem));
        detail.setType(URI.create("https://claimdesk.invalid/problems/" + problem));
        detail.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), detail);
    }
}
