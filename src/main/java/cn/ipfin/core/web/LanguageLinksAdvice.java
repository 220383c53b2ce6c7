package cn.ipfin.core.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Gives every page links to itself in each language that keep the page's query, such as a search. */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinksAdvice {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return Map.of("zh", link(request, "zh_CN"), "en", link(request, "en"));
    }

    private static String link(HttpServletRequest request, String language) {
        // The upload marker belongs to one failed upload, so switching language does not show its alert again.
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", language)
                .replaceQueryParam(UploadSizeLimitFilter.MARKER_PARAMETER)
                .scheme(null).host(null).port(null).build().toUriString();
    }
}
