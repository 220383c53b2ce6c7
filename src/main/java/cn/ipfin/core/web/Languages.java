package cn.ipfin.core.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The two languages of the platform: Simplified Chinese, the default, and English. */
public final class Languages {

    private Languages() {
    }

    /** Returns English when the request's first preferred language is English, otherwise Chinese. */
    public static Locale fromAcceptLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
