package cn.ipfin.portal;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationService.DirectoryQuery;
import cn.ipfin.organization.OrganizationType;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page with live counts and the signed-in user's workbench. */
@Controller
class PortalController {

    private final OrganizationService organizations;
    private final IpAssetService assets;
    private final OperatorTasks operatorTasks;

    PortalController(OrganizationService organizations, IpAssetService assets, OperatorTasks operatorTasks) {
        this.organizations = organizations;
        this.assets = assets;
        this.operatorTasks = operatorTasks;
    }

    @GetMapping("/")
    String home(Model model) {
        long members = organizations.countVerified();
        long enterprises = organizations.directory(new DirectoryQuery(OrganizationType.ENTERPRISE, null, null, null),
                Pageable.ofSize(1)).getTotalElements();
        model.addAttribute("memberCount", members);
        model.addAttribute("enterpriseCount", enterprises);
        model.addAttribute("institutionCount", members - enterprises);
        model.addAttribute("ipCount", assets.count());
        model.addAttribute("latestMembers", organizations.latestVerified(6));
        model.addAttribute("latestAssets", assets.latest(6));
        return "portal/home";
    }

    @GetMapping("/workbench")
    String workbench(@AuthenticationPrincipal CurrentUser user, Model model) {
        Organization organization = organizations.find(user.organizationId()).orElse(null);
        model.addAttribute("organization", organization);
        model.addAttribute("ownedIpCount", assets.countOwnedBy(user.organizationId()));
        model.addAttribute("role", user.role());
        if (user.isPlatformStaff()) {
            model.addAttribute("operatorTasks", operatorTasks.count());
        }
        return "portal/workbench";
    }
}
