package cn.ipfin.organization.web;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user's organisation into every page model, for the header. */
@ControllerAdvice(annotations = Controller.class)
class CurrentOrganizationAdvice {

    private final OrganizationService organizations;

    CurrentOrganizationAdvice(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @ModelAttribute("currentOrganization")
    Organization currentOrganization(@AuthenticationPrincipal CurrentUser user) {
        return user == null ? null : organizations.find(user.organizationId()).orElse(null);
    }
}
