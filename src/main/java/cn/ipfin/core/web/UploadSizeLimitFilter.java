package cn.ipfin.core.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rejects a multipart upload over the configured size limits with a message that names the limit and the fix:
 * HTTP 413 with a problem+json body under {@code /api/}. A page form is sent back (303) to the page it came
 * from with the {@value #MARKER_PARAMETER} query parameter, which the layout shows as an alert. Without a
 * same-origin {@code Referer} the request gets the 413 error page.
 *
 * <p>The servlet container enforces {@code spring.servlet.multipart.max-file-size} and {@code max-request-size}
 * when it parses the parts. Without this filter the first to parse them is Spring Security's CSRF check, which
 * then misses the token and returns 403, or the dispatcher before any handler is chosen, which no controller
 * advice reaches. So the filter runs before Spring Security and parses the parts itself. The container keeps the
 * parsed parts, so later readers get them without a second parse.
 */
public class UploadSizeLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UploadSizeLimitFilter.class);

    /** Request attribute read by {@code error.html} to show the upload message on the error page. */
    static final String DETAIL_ATTRIBUTE = "detail";

    /** Query parameter that marks the page a rejected upload is sent back to. */
    public static final String MARKER_PARAMETER = "uploadTooLarge";

    private final long maxFileSize;
    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    public UploadSizeLimitFilter(long maxFileSize, MessageSource messages, LocaleResolver localeResolver,
            JsonMapper json) {
        this.maxFileSize = maxFileSize;
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request)) {
            try {
                request.getParts();
            } catch (IllegalStateException e) {
                if (!isSizeLimit(e)) {
                    throw e;
                }
                reject(request, response, e);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The rejected request seen as a GET without a body or parameters. Tomcat 11 throws on any parameter read
     * after a failed multipart parse, and Spring Security and the locale interceptor read parameters.
     */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    /**
     * Returns the path and query of the {@code Referer} with the marker parameter added, when the referring page
     * is on this server's host and port and under this application's context path. Any other referrer, or
     * none, returns empty, so the redirect never leaves the application.
     */
    static Optional<String> sameOriginReferer(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null || referer.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(referer);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        boolean sameOrigin = request.getScheme().equalsIgnoreCase(uri.getScheme())
                && request.getServerName().equalsIgnoreCase(uri.getHost())
                && request.getServerPort() == effectivePort(uri);
        if (!sameOrigin || path == null || !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
            return Optional.empty();
        }
        return Optional.of(UriComponentsBuilder.fromPath(path).query(uri.getRawQuery())
                .replaceQueryParam(MARKER_PARAMETER, "1").build(true).toUriString());
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"POST".equalsIgnoreCase(method) && !"PUT".equalsIgnoreCase(method)) {
            return false;
        }
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /**
     * Tells a size-limit failure from other parse failures. Tomcat wraps its {@code SizeLimitExceededException}
     * or {@code FileSizeLimitExceededException} in the {@link IllegalStateException}, so the check looks at the
     * class names and messages of the cause chain, like Spring's {@code StandardMultipartHttpServletRequest}.
     */
    private static boolean isSizeLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (name.contains("SizeLimit") || name.contains("SizeException")
                    || message.contains("size") && message.contains("exceed")) {
                return true;
            }
        }
        return false;
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, IllegalStateException e)
            throws IOException, ServletException {
        Locale locale = localeResolver.resolveLocale(request);
        String detail = messages.getMessage("error.upload.overLimit", new Object[] {maxFileSize / (1024 * 1024)},
                locale);
        log.info("Rejected upload to {} over the {} byte limit: {}", request.getRequestURI(), maxFileSize,
                e.getMessage());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
            problem.setTitle(messages.getMessage("error.title.413", null, "Content Too Large", locale));
            problem.setType(URI.create("urn:ipfin:problem:upload.too-large"));
            problem.setProperty("code", "upload.too-large");
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setCharacterEncoding("UTF-8");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        Optional<String> formPage = sameOriginReferer(request);
        if (formPage.isPresent()) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(HttpHeaders.LOCATION, formPage.get());
            return;
        }
        // The error controller renders error.html with the status from the request attribute. The forwarded
        // request is a plain GET, because the dispatcher would parse the failed multipart body again.
        request.setAttribute(DETAIL_ATTRIBUTE, detail);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.PAYLOAD_TOO_LARGE.value());
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        request.getRequestDispatcher("/error").forward(new WithoutBody(request), response);
    }
}
