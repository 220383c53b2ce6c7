package cn.ipfin.identity.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import cn.ipfin.core.web.Languages;
import tools.jackson.databind.json.JsonMapper;

/** Writes the 401 and 403 responses of the API as problem details in the language of the request. */
class ProblemResponses {

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemResponses(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String messageKey) throws IOException {
        var locale = Languages.fromAcceptLanguage(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(messageKey, null, locale));
        problem.setTitle(messages.getMessage("error.title." + status.value(), null, locale));
        problem.setType(URI.create("urn:ipfin:problem:" + code));
        problem.setProperty("code", code);
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
