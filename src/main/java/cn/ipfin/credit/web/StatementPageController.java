package cn.ipfin.credit.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.credit.FinancialStatement;
import cn.ipfin.credit.FinancialStatementService;
import cn.ipfin.credit.StatementFigures;
import cn.ipfin.credit.StatementItem;
import cn.ipfin.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in enterprise's statement form: three years side by side, each problem beside its cell, and the
 * Excel template download and upload.
 */
@Controller
class StatementPageController {

    private final FinancialStatementService statements;
    private final MessageSource messages;

    StatementPageController(FinancialStatementService statements, MessageSource messages) {
        this.statements = statements;
        this.messages = messages;
    }

    @GetMapping("/credit/statements")
    String showForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FinancialStatement statement : statements.statementsOf(user.organizationId(), user)) {
            statement.figures().values().forEach((item, value) -> values.put(fieldName(statement.getFiscalYear(),
                    item), value.toPlainString()));
        }
        return render(model, values, Map.of(), List.of());
    }

    @PostMapping("/credit/statements")
    String processForm(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form,
            Model model, Locale locale, RedirectAttributes redirect) {
        List<Violation> parseProblems = new ArrayList<>();
        List<StatementFigures> years = parse(form, parseProblems);
        try {
            if (!parseProblems.isEmpty()) {
                List<Violation> all = new ArrayList<>(parseProblems);
                statements.check(years, problem -> fieldName(problem.year(), problem.item())).stream()
                        .filter(violation -> parseProblems.stream().noneMatch(p -> p.field().equals(violation.field())))
                        .forEach(all::add);
                throw new InvalidInputException(all);
            }
            statements.saveAll(user.organizationId(), years, user, problem -> fieldName(problem.year(), problem.item()));
        } catch (InvalidInputException e) {
            return render(model, form, errorsOf(e, locale), List.of());
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/credit/statements";
    }

    @PostMapping("/credit/statements/upload")
    String processUpload(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file,
            Model model, Locale locale, RedirectAttributes redirect) throws IOException {
        try (InputStream input = file.getInputStream()) {
            statements.saveUpload(user.organizationId(), input, user);
        } catch (InvalidInputException e) {
            List<String> problems = errorsOf(e, locale).entrySet().stream()
                    .map(entry -> entry.getKey().equals("file") || entry.getKey().equals("year") ? entry.getValue()
                            : messages.getMessage("credit.statement.upload.problemAt",
                                    new Object[] {entry.getKey(), entry.getValue()}, locale))
                    .toList();
            return showFormWithUploadProblems(user, model, problems);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/credit/statements";
    }

    private String showFormWithUploadProblems(CurrentUser user, Model model, List<String> problems) {
        showForm(user, model);
        model.addAttribute("uploadProblems", problems);
        return "credit/statements";
    }

    private List<StatementFigures> parse(Map<String, String> form, List<Violation> problems) {
        List<StatementFigures> years = new ArrayList<>();
        for (int year : statements.reportingYears()) {
            Map<StatementItem, BigDecimal> values = new EnumMap<>(StatementItem.class);
            boolean entered = false;
            for (StatementItem item : StatementItem.values()) {
                String text = form.getOrDefault(fieldName(year, item), "").strip().replace(",", "");
                if (text.isEmpty()) {
                    continue;
                }
                entered = true;
                try {
                    values.put(item, new BigDecimal(text));
                } catch (NumberFormatException e) {
                    problems.add(new Violation(fieldName(year, item), "credit.statement.problem.notNumber",
                            String.valueOf(year), new DefaultMessageSourceResolvable(item.messageKey())));
                }
            }
            if (entered) {
                years.add(new StatementFigures(year, values));
            }
        }
        return years;
    }

    private Map<String, String> errorsOf(InvalidInputException e, Locale locale) {
        Map<String, String> errors = e.messagesByField(messages, locale);
        return errors;
    }

    private String render(Model model, Map<String, String> values, Map<String, String> errors,
            List<String> uploadProblems) {
        model.addAttribute("years", statements.reportingYears());
        model.addAttribute("items", StatementItem.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("uploadProblems", uploadProblems);
        return "credit/statements";
    }

    static String fieldName(int year, StatementItem item) {
        return "y" + year + "_" + item.name();
    }
}
