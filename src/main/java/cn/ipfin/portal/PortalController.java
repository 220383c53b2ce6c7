package cn.ipfin.portal;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page with live counts and the signed-in user's workbench. */
@Controller
class PortalController {

    private final OrganizationService organizations;
    private final IpAssetService assets;
    private final HomeFigures homeFigures;
    private final OperatorTasks operatorTasks;

    PortalController(OrganizationService organizations, IpAssetService assets, HomeFigures homeFigures,
            OperatorTasks operatorTasks) {
        this.organizations = organizations;
        this.assets = assets;
        this.homeFigures = homeFigures;
        this.operatorTasks = operatorTasks;
    }

    @GetMapping("/")
    String home(Model model) {
        HomeFigures.Snapshot figures = homeFigures.current();
        model.addAttribute("memberCount", figures.memberCount());
        model.addAttribute("enterpriseCount", figures.enterpriseCount());
        model.addAttribute("institutionCount", figures.memberCount() - figures.enterpriseCount());
        model.addAttribute("ipCount", figures.ipCount());
        model.addAttribute("latestMembers", figures.latestMembers());
        model.addAttribute("latestAssets", figures.latestAssets());
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
