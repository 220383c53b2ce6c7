package cn.ipfin.organization.web;

import cn.ipfin.core.reference.District;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationService.DirectoryQuery;
import cn.ipfin.organization.OrganizationType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public member directory (会员展示) and member profile pages. */
@Controller
class DirectoryController {

    private static final int PAGE_SIZE = 20;

    private final OrganizationService organizations;

    DirectoryController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/members")
    String directory(@RequestParam(required = false) OrganizationType type,
            @RequestParam(required = false) String district, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page, Model model) {
        DirectoryQuery query = new DirectoryQuery(type, district, industry, name);
        Page<Organization> members = organizations.directory(query,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name")));
        if (members.isEmpty() && members.getTotalPages() > 0) {
            // A page past the end, from an old link or a hand-edited address, shows the last page instead.
            members = organizations.directory(query,
                    PageRequest.of(members.getTotalPages() - 1, PAGE_SIZE, Sort.by("name")));
        }
        model.addAttribute("members", members);
        model.addAttribute("query", query);
        model.addAttribute("types", java.util.Arrays.stream(OrganizationType.values())
                .filter(OrganizationType::isSelfRegistrable).toList());
        model.addAttribute("districts", District.ALL);
        model.addAttribute("industries", Industry.values());
        return "organization/directory";
    }

    @GetMapping("/members/{id}")
    String profile(@PathVariable Long id, Model model) {
        model.addAttribute("member", organizations.getVerified(id));
        return "organization/profile";
    }
}
