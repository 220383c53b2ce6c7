package cn.ipfin.content.web;

import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import cn.ipfin.content.Article;
import cn.ipfin.content.ArticleChannel;
import cn.ipfin.content.ArticleService;
import cn.ipfin.content.ArticleStatus;
import cn.ipfin.content.AttachmentValidator;
import cn.ipfin.content.api.AttachmentResponses;
import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator pages where platform staff write articles, submit them, review a colleague's article (publish or return it with a
 * reason), withdraw published ones and attach PDF or Word files.
 */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
class OperatorArticleController {

    private final ArticleService articles;
    private final MessageSource messages;

    OperatorArticleController(ArticleService articles, MessageSource messages) {
        this.articles = articles;
        this.messages = messages;
    }

    @GetMapping("/operator/articles")
    String list(@RequestParam(required = false) ArticleStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", articles.all(status, PageRequest.of(Math.max(page, 0), 20,
                Sort.by(Sort.Direction.DESC, "updatedAt"))));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ArticleStatus.values());
        return "content/operator-articles";
    }

    @GetMapping("/operator/articles/new")
    String initCreationForm(Model model) {
        return showForm(model, new ArticleForm(), null, Map.of());
    }

    @PostMapping("/operator/articles/new")
    String processCreationForm(@ModelAttribute ArticleForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, Locale locale) {
        try {
            Article article = articles.create(form.toDraft(), user.username());
            return "redirect:/operator/articles/" + article.getId() + "?saved";
        } catch (InvalidInputException e) {
            return showForm(model, form, null, e.messagesByField(messages, locale));
        }
    }

    @GetMapping("/operator/articles/{id}")
    String initUpdateForm(@PathVariable Long id, Model model) {
        Article article = articles.get(id);
        return showForm(model, ArticleForm.of(article), article, Map.of());
    }

    @PostMapping("/operator/articles/{id}")
    String processUpdateForm(@PathVariable Long id, @ModelAttribute ArticleForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        try {
            articles.revise(id, form.getVersion(), form.toDraft(), user.username());
            return "redirect:/operator/articles/" + id + "?saved";
        } catch (InvalidInputException e) {
            return showForm(model, form, articles.get(id), e.messagesByField(messages, locale));
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("conflict", messages.getMessage("error.concurrentChange", null, locale));
            return showForm(model, form, articles.get(id), Map.of());
        } catch (BusinessRuleException e) {
            model.addAttribute("conflict", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return showForm(model, form, articles.get(id), Map.of());
        }
    }

    @PostMapping("/operator/articles/{id}/submit")
    String submit(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        return transition(id, redirect, locale, () -> articles.submit(id, version, user.username()));
    }

    @PostMapping("/operator/articles/{id}/publish")
    String publish(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        return transition(id, redirect, locale, () -> articles.publish(id, version, user.username()));
    }

    @PostMapping("/operator/articles/{id}/return")
    String returnToAuthor(@PathVariable Long id, @RequestParam long version,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        return transition(id, redirect, locale, () -> articles.returnToAuthor(id, version, reason, user.username()));
    }

    @PostMapping("/operator/articles/{id}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        return transition(id, redirect, locale, () -> articles.withdraw(id, version, user.username()));
    }

    @PostMapping("/operator/articles/{id}/attachments")
    String attach(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        return transition(id, redirect, locale, () -> articles.attach(id, new ArticleService.Upload(
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
                bytes(file)), user.username()));
    }

    @GetMapping("/operator/articles/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long attachmentId) {
        return AttachmentResponses.download(articles.download(id, attachmentId, true));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("Reading the uploaded file failed", e);
        }
    }

    private String transition(Long id, RedirectAttributes redirect, Locale locale, Supplier<?> action) {
        try {
            action.get();
            return "redirect:/operator/articles/" + id + "?done";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("conflict", String.join(" ", e.messagesByField(messages, locale).values()));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("conflict", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("conflict", messages.getMessage("error.concurrentChange", null, locale));
        }
        return "redirect:/operator/articles/" + id;
    }

    private String showForm(Model model, ArticleForm form, Article article, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("article", article);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", ArticleChannel.values());
        model.addAttribute("attachments", article == null ? java.util.List.of() : articles.attachmentsOf(article.getId()));
        model.addAttribute("maxAttachmentMegabytes", AttachmentValidator.MAX_BYTES / 1024 / 1024);
        return "content/operator-article";
    }
}
