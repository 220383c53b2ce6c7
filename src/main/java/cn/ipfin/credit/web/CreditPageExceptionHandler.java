package cn.ipfin.credit.web;

import cn.ipfin.core.error.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Shows the 404 page when a credit page names an enterprise or grant the user may not see. */
@ControllerAdvice(assignableTypes = {CreditFilePageController.class, StatementPageController.class,
        TechSmePageController.class})
class CreditPageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String handleNotFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }
}
