package cn.ipfin.servicedesk.web;

import java.util.Locale;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a page action and puts its outcome in a flash attribute: {@code notice} on success, {@code problem} with
 * the messages of invalid fields, a broken rule or a concurrent change. A missing record still becomes the 404
 * page.
 */
final class PageOutcome {

    private PageOutcome() {
    }

    static void run(MessageSource messages, Locale locale, RedirectAttributes redirect, String successKey,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage(successKey, null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", String.join(" ", e.messagesByField(messages, locale).values()));
        } catch (NotFoundException e) {
            throw e;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.concurrentChange", null, locale));
        }
    }
}
