package cn.ipfin.demo;

import cn.ipfin.core.identifier.CreditCode;
import cn.ipfin.identity.Role;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.identity.UserAccountService.NewAccount;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpNumber;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.RegistrationForm;
import cn.ipfin.organization.RegistrationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo organisations, accounts and IP records once, on the first start of an empty database.
 * Every demo account has the password {@value #PASSWORD}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "ipfin.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String PASSWORD = "Demo#2026";
    private static final String LOADER = "demo-data";
    static final String SECOND_OPERATOR = "operator2";
    static final String SECOND_GUARANTOR = "guarantorchecker";
    static final String SECOND_INSURER = "insurerchecker";
    private static final int PATENTS_PER_ENTERPRISE = 50;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final RegistrationService registrations;
    private final OrganizationService organizations;
    private final UserAccountService accounts;
    private final IpAssetService assets;

    DemoDataLoader(RegistrationService registrations, OrganizationService organizations,
            UserAccountService accounts, IpAssetService assets) {
        this.registrations = registrations;
        this.organizations = organizations;
        this.accounts = accounts;
        this.assets = assets;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.usernameTaken("admin")) {
            addSecondUsers();
            return;
        }
        Organization platform = registrations.registerPlatform(form(DemoMembers.PLATFORM), LOADER);
        accounts.createAccount(new NewAccount("admin", PASSWORD, "系统管理员", Role.ADMIN, platform.getId()),
                "username", "password");
        DemoMembers.MEMBERS.forEach(member -> {
            Organization organization = registrations.register(form(member));
            organizations.verify(organization.getId(), organization.getVersion(), LOADER);
        });
        var patents = DemoPatents.generate(PATENTS_PER_ENTERPRISE);
        patents.forEach(patent -> assets.save(new IpNumber(patent.number(), false, "CN"), patent.data(),
                patent.statusText(), "DEMO", LOADER));
        addSecondUsers();
        log.info("Loaded demo data: {} organizations and {} IP records", DemoMembers.MEMBERS.size() + 1,
                patents.size());
    }

    /**
     * Adds a second user to the platform, the guarantor and the insurer, so that work one user prepares (an
     * article, a loss-sharing claim) can be approved by another (maker-checker). A database loaded before these
     * accounts existed gets them on the next start.
     */
    private void addSecondUsers() {
        addSecondUser(SECOND_OPERATOR, "运营审核员", Role.OPERATOR, "admin");
        addSecondUser(SECOND_GUARANTOR, "担保复核员", Role.GUARANTOR, "guarantor");
        addSecondUser(SECOND_INSURER, "保险复核员", Role.INSURER, "insurer");
    }

    private void addSecondUser(String username, String displayName, Role role, String colleague) {
        if (accounts.usernameTaken(username) || !accounts.usernameTaken(colleague)) {
            return;
        }
        Long organizationId = accounts.loadUserByUsername(colleague).organizationId();
        accounts.createAccount(new NewAccount(username, PASSWORD, displayName, role, organizationId), "username",
                "password");
        log.info("Added demo account {}", username);
    }

    private static RegistrationForm form(DemoMembers.Member member) {
        return new RegistrationForm(member.type(), member.name(),
                CreditCode.withCheckCharacter(member.creditCode17()).value(), member.district(), member.industry(),
                member.contact(), member.phone(), member.introduction(), member.username(), PASSWORD);
    }
}
