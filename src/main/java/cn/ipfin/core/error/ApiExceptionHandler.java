package cn.ipfin.core.error;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Turns exceptions thrown by REST controllers into RFC 9457 problem details with a stable {@code code} and
 * a message in the request's language. Input errors list every invalid field in {@code errors}. It runs before
 * the page error handler, which also matches REST controllers because they are controllers too.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    public ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail handleBindFailure(BindException e) {
        List<FieldError> errors = new ArrayList<>();
        e.getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(),
                messages.getMessage(error, locale()))));
        e.getGlobalErrors().forEach(error -> errors.add(new FieldError(error.getObjectName(),
                messages.getMessage(error, locale()))));
        return invalid(errors);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail handleInvalidInput(InvalidInputException e) {
        List<FieldError> errors = e.violations().stream()
                .map(violation -> new FieldError(violation.field(),
                        messages.getMessage(violation.messageKey(), violation.arguments(), locale())))
                .toList();
        return invalid(errors);
    }

    /**
     * Rejects a body that is not valid JSON or has a value of the wrong type. When Jackson knows the field, the
     * response lists it like any other invalid field.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail handleUnreadableBody(HttpMessageNotReadableException e) {
        log.warn("Rejected unreadable request body: {}", e.getMostSpecificCause().getClass().getSimpleName());
        String field = fieldOf(e.getMostSpecificCause());
        if (field == null) {
            return problem(HttpStatus.BAD_REQUEST, "request.unreadable", "error.request.unreadable");
        }
        return invalid(List.of(new FieldError(field, messages.getMessage("error.request.fieldType",
                new Object[] {field}, locale()))));
    }

    private static String fieldOf(Throwable cause) {
        if (!(cause instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class})
    ProblemDetail handleBadParameter(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "request.parameter.invalid", "error.request.parameter");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail handleUploadTooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "upload.too-large", "error.upload.tooLarge");
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail handleNotFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.code(), e.messageKey(), e.arguments());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail handleConflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.code(), e.messageKey(), e.arguments());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail handleConcurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "concurrent.change", "error.concurrentChange");
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail handleRuleBreak(BusinessRuleException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.messageKey(), e.arguments());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail handleAccessDenied(AccessDeniedException e) {
        // An anonymous caller on a path with public reads reaches a method rule here, not the entry point, so
        // the response requests a sign-in instead of reporting a forbidden action.
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken) {
            return problem(HttpStatus.UNAUTHORIZED, "authentication.required", "error.unauthenticated");
        }
        return problem(HttpStatus.FORBIDDEN, "access.denied", "error.accessDenied");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail handleMethod(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "request.method", "error.request.method");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail handleMediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type", "error.request.mediaType");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail handleNoResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "resource.not-found", "error.notFound");
    }

    private ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation.failed", "error.validation");
        problem.setProperty("errors", errors);
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String code, String messageKey, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageKey, arguments, messageKey, locale()));
        problem.setType(URI.create("urn:ipfin:problem:" + code));
        problem.setTitle(messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale()));
        problem.setProperty("code", code);
        return problem;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
