package cn.ipfin.credit.api;

import java.net.URI;

import cn.ipfin.credit.CreditFileAccessDeniedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Returns 403 for a credit-file request without a live grant, with a message that a grant is needed. */
@RestControllerAdvice(assignableTypes = CreditFileController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CreditApiExceptionHandler {

    private final MessageSource messages;

    CreditApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CreditFileAccessDeniedException.class)
    ProblemDetail handleMissingGrant(CreditFileAccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("credit.file.grantRequired", null, LocaleContextHolder.getLocale()));
        problem.setType(URI.create("urn:ipfin:problem:credit.file.grant-required"));
        problem.setTitle(messages.getMessage("error.title.403", null, "Forbidden", LocaleContextHolder.getLocale()));
        problem.setProperty("code", "credit.file.grant-required");
        return problem;
    }
}
