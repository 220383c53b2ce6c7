package cn.ipfin.roadshow.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.roadshow.FinancingMethod;
import cn.ipfin.roadshow.FundingStage;
import cn.ipfin.roadshow.RoadshowProject;
import cn.ipfin.roadshow.RoadshowService;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** The enterprise's pages to draft, edit and submit its roadshow projects and to upload the business plan. */
@Controller
@PreAuthorize("hasRole('ENTERPRISE')")
class ProjectManagementController {

    private static final int MAX_LINKABLE_ASSETS = 200;

    private final RoadshowService roadshow;
    private final IpAssetService ipAssets;
    private final MessageSource messages;

    ProjectManagementController(RoadshowService roadshow, IpAssetService ipAssets, MessageSource messages) {
        this.roadshow = roadshow;
        this.ipAssets = ipAssets;
        this.messages = messages;
    }

    @GetMapping("/roadshow/projects/new")
    String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return showForm(model, user, new ProjectForm(), null, Map.of());
    }

    @PostMapping("/roadshow/projects/new")
    String processCreationForm(@ModelAttribute ProjectForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, Locale locale) {
        try {
            RoadshowProject project = roadshow.create(user.organizationId(), form.toDetails());
            return "redirect:/roadshow/projects/" + project.getId() + "/edit?saved";
        } catch (InvalidInputException e) {
            return showForm(model, user, form, null, e.messagesByField(messages, locale));
        }
    }

    @GetMapping("/roadshow/projects/{id}/edit")
    String initUpdateForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        RoadshowProject project = ownProject(id, user);
        return showForm(model, user, ProjectForm.of(project.details(), project.getVersion()), project, Map.of());
    }

    @PostMapping("/roadshow/projects/{id}/edit")
    String processUpdateForm(@PathVariable Long id, @ModelAttribute ProjectForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        try {
            roadshow.revise(id, form.getVersion(), user.organizationId(), form.toDetails());
            return "redirect:/roadshow/projects/" + id + "/edit?saved";
        } catch (InvalidInputException e) {
            return showForm(model, user, form, ownProject(id, user), e.messagesByField(messages, locale));
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("problem", messages.getMessage("error.concurrentChange", null, locale));
            return showForm(model, user, form, ownProject(id, user), Map.of());
        }
    }

    @PostMapping("/roadshow/projects/{id}/business-plan")
    String uploadBusinessPlan(@PathVariable Long id, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        try {
            roadshow.attachBusinessPlan(id, user.organizationId(), file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", messages.getMessage("roadshow.page.planUploaded", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", String.join(" ", e.messagesByField(messages, locale).values()));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the uploaded business plan failed", e);
        }
        return "redirect:/roadshow/projects/" + id + "/edit";
    }

    @PostMapping("/roadshow/projects/{id}/submit")
    String submit(@PathVariable Long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        try {
            roadshow.submit(id, version, user.organizationId());
            return "redirect:/roadshow/projects/" + id;
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error.concurrentChange", null, locale));
        }
        return "redirect:/roadshow/projects/" + id + "/edit";
    }

    private RoadshowProject ownProject(Long id, CurrentUser user) {
        RoadshowProject project = roadshow.visible(id, user);
        if (!project.isOwnedBy(user.organizationId())) {
            throw new org.springframework.security.access.AccessDeniedException("Project " + id + " is not yours");
        }
        return project;
    }

    private String showForm(Model model, CurrentUser user, ProjectForm form, RoadshowProject project,
            Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("project", project);
        model.addAttribute("errors", errors);
        model.addAttribute("assets", ipAssets.ownedBy(user.organizationId(), MAX_LINKABLE_ASSETS));
        model.addAttribute("industries", Industry.values());
        model.addAttribute("stages", FundingStage.values());
        model.addAttribute("methods", FinancingMethod.values());
        return "roadshow/form";
    }
}
