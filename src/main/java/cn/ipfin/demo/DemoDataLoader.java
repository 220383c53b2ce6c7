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
            addSecondOperator(accounts.loadUserByUsername("admin").organizationId());
            return;
        }
        Organization platform = registrations.registerPlatform(form(DemoMembers.PLATFORM), LOADER);
        accounts.createAccount(new NewAccount("admin", PASSWORD, "系统管理员", Role.ADMIN, platform.getId()),
                "username", "password");
        addSecondOperator(platform.getId());
        DemoMembers.MEMBERS.forEach(member -> {
            Organization organization = registrations.register(form(member));
            organizations.verify(organization.getId(), organization.getVersion(), LOADER);
        });
        var patents = DemoPatents.generate(PATENTS_PER_ENTERPRISE);
        patents.forEach(patent -> assets.save(new IpNumber(patent.number(), false, "CN"), patent.data(),
                patent.statusText(), "DEMO", LOADER));
        log.info("Loaded demo data: {} organizations and {} IP records", DemoMembers.MEMBERS.size() + 1,
                patents.size());
    }

    /**
     * Adds the second operator, so that an article written by {@code operator} can be reviewed by another
     * operator (maker-checker). A database loaded before this account existed gets it on the next start.
     */
    private void addSecondOperator(Long platformId) {
        if (accounts.usernameTaken(SECOND_OPERATOR)) {
            return;
        }
        accounts.createAccount(new NewAccount(SECOND_OPERATOR, PASSWORD, "运营审核员", Role.OPERATOR, platformId),
                "username", "password");
        log.info("Added demo account {}", SECOND_OPERATOR);
    }

    private static RegistrationForm form(DemoMembers.Member member) {
        return new RegistrationForm(member.type(), member.name(),
                CreditCode.withCheckCharacter(member.creditCode17()).value(), member.district(), member.industry(),
                member.contact(), member.phone(), member.introduction(), member.username(), PASSWORD);
    }
}
