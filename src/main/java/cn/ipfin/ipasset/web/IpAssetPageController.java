package cn.ipfin.ipasset.web;

import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetForm;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpSearchQuery;
import cn.ipfin.ipasset.IpSearchService;
import cn.ipfin.ipasset.LegalStatus;
import cn.ipfin.ipasset.ManualEntryService;
import cn.ipfin.organization.OrganizationService;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry's search page, detail pages and manual entry form. */
@Controller
class IpAssetPageController {

    private final IpSearchService search;
    private final IpAssetService assets;
    private final ManualEntryService manualEntry;
    private final OrganizationService organizations;
    private final MessageSource messages;

    IpAssetPageController(IpSearchService search, IpAssetService assets, ManualEntryService manualEntry,
            OrganizationService organizations, MessageSource messages) {
        this.search = search;
        this.assets = assets;
        this.manualEntry = manualEntry;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/ip-assets")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) IpKind type,
            @RequestParam(required = false) LegalStatus legalStatus,
            @RequestParam(required = false) String ipcSection, @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "0") int page, Model model) {
        IpSearchQuery query = new IpSearchQuery(q, type, legalStatus, ipcSection, owner, page, 20);
        model.addAttribute("query", query);
        model.addAttribute("result", search.search(query));
        model.addAttribute("kinds", IpKind.values());
        model.addAttribute("statuses", LegalStatus.values());
        model.addAttribute("sections", new String[] {"A", "B", "C", "D", "E", "F", "G", "H"});
        return "ipasset/search";
    }

    @GetMapping("/ip-assets/{id}")
    String detail(@PathVariable Long id, Model model) {
        IpAsset asset = assets.get(id);
        model.addAttribute("asset", asset);
        model.addAttribute("owner", asset.getOwnerOrganizationId() == null ? null
                : organizations.find(asset.getOwnerOrganizationId()).filter(o -> o.isVerified()).orElse(null));
        return "ipasset/detail";
    }

    @GetMapping("/ip-assets/new")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'OPERATOR', 'ADMIN')")
    String initCreationForm(Model model) {
        return showForm(model, IpAssetForm.empty(), Map.of(), null);
    }

    @PostMapping("/ip-assets/new")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'OPERATOR', 'ADMIN')")
    String processCreationForm(@ModelAttribute IpAssetForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, Locale locale) {
        try {
            IpAsset asset = manualEntry.register(form, user);
            return "redirect:/ip-assets/" + asset.getId();
        } catch (InvalidInputException e) {
            Map<String, String> errors = e.messagesByField(messages, locale);
            return showForm(model, form, errors, null);
        } catch (ConflictException e) {
            return showForm(model, form, Map.of(), messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
    }

    private String showForm(Model model, IpAssetForm form, Map<String, String> errors, String conflict) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("kinds", IpKind.values());
        model.addAttribute("statuses", LegalStatus.values());
        return "ipasset/form";
    }
}
