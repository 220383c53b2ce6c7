package cn.ipfin.loan.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;
import cn.ipfin.loan.LoanTerms;
import cn.ipfin.loan.RepaymentMethod;
import cn.ipfin.loan.RepaymentScheduleCalculator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The repayment schedule preview for signed-in users. The form is a GET, so a product page can link to a
 * filled-in preview. The rate is entered in percent (4.5 for 4.5 %) and converted to the decimal fraction the
 * calculator takes.
 */
@Controller
class LoanSchedulePageController {

    private final RepaymentScheduleCalculator calculator;
    private final MessageSource messages;
    private final Clock clock;

    LoanSchedulePageController(RepaymentScheduleCalculator calculator, MessageSource messages, Clock clock) {
        this.calculator = calculator;
        this.messages = messages;
        this.clock = clock;
    }

    /** The form's fields as text; a schedule is computed once a principal is present. */
    record ScheduleForm(String principal, String annualRatePercent, String termMonths, String method,
            String startDate, String firstDueDate) {
    }

    @GetMapping("/loan-schedules")
    String preview(@ModelAttribute ScheduleForm form, Model model, Locale locale) {
        ScheduleForm filled = form.startDate() == null || form.startDate().isBlank()
                ? new ScheduleForm(form.principal(), form.annualRatePercent(), form.termMonths(), form.method(),
                        LocalDate.now(clock).toString(), form.firstDueDate())
                : form;
        model.addAttribute("form", filled);
        model.addAttribute("methods", RepaymentMethod.values());
        Map<String, String> errors = new LinkedHashMap<>();
        if (filled.principal() != null) {
            try {
                model.addAttribute("schedule", calculator.calculate(terms(filled)));
            } catch (InvalidInputException e) {
                e.violations().forEach(violation -> errors.putIfAbsent(field(violation.field()),
                        messages.getMessage(messageKey(violation), violation.arguments(), locale)));
            }
        }
        model.addAttribute("errors", errors);
        return "loan/schedule";
    }

    private static LoanTerms terms(ScheduleForm form) {
        BigDecimal principal = decimal(form.principal());
        BigDecimal percent = decimal(form.annualRatePercent());
        Integer months = integer(form.termMonths());
        RepaymentMethod method = method(form.method());
        LocalDate start = date(form.startDate());
        LocalDate firstDue = form.firstDueDate() == null || form.firstDueDate().isBlank() ? null : date(form.firstDueDate());
        return new LoanTerms(principal == null ? null : new Money(principal),
                percent == null ? null : percent.movePointLeft(2), months == null ? 0 : months, method, start,
                firstDue);
    }

    private static String field(String field) {
        return "annualRate".equals(field) ? "annualRatePercent" : field;
    }

    private static String messageKey(InvalidInputException.Violation violation) {
        return "annualRate".equals(violation.field()) ? "loan.page.annualRatePercent.invalid" : violation.messageKey();
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static RepaymentMethod method(String text) {
        try {
            return text == null || text.isBlank() ? null : RepaymentMethod.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
