package cn.ipfin.market.web;

import java.util.Locale;
import java.util.function.Supplier;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a step of a market page and turns its outcome into a flash message: a notice on success, the first
 * field error, the broken rule or the concurrent change otherwise. Nothing a user types ends in a 500.
 */
final class PageFeedback {

    private PageFeedback() {
    }

    static <T> T perform(MessageSource messages, Locale locale, RedirectAttributes redirect, String doneKey,
            Supplier<T> action) {
        try {
            T result = action.get();
            redirect.addFlashAttribute("notice", messages.getMessage(doneKey, null, locale));
            return result;
        } catch (InvalidInputException e) {
            var violation = e.violations().get(0);
            redirect.addFlashAttribute("problem", messages.getMessage(violation.messageKey(), violation.arguments(),
                    locale));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.concurrentChange", null, locale));
        }
        return null;
    }
}
