package cn.ipfin.core.web;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Shows the error page with the right status when a page controller meets a missing resource (404), a state
 * conflict (409) or a broken business rule (422), instead of a 500 with a stack trace in the log.
 */
@ControllerAdvice(annotations = Controller.class)
public class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    String handleNotFound(NotFoundException e, HttpServletResponse response, Model model) {
        log.debug("Page not found: {}", e.code());
        return errorPage(HttpServletResponse.SC_NOT_FOUND, e, response, model);
    }

    @ExceptionHandler(ConflictException.class)
    String handleConflict(ConflictException e, HttpServletResponse response, Model model) {
        return errorPage(HttpServletResponse.SC_CONFLICT, e, response, model);
    }

    @ExceptionHandler(BusinessRuleException.class)
    String handleRuleBreak(BusinessRuleException e, HttpServletResponse response, Model model) {
        return errorPage(422, e, response, model);
    }

    private String errorPage(int status, BusinessRuleException e, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                LocaleContextHolder.getLocale()));
        return "error";
    }
}
