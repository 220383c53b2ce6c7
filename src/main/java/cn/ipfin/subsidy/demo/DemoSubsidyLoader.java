package cn.ipfin.subsidy.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.identity.UserAccountService.NewAccount;
import cn.ipfin.loan.ApplicationState;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.loan.LoanSummary;
import cn.ipfin.subsidy.ClaimRequest;
import cn.ipfin.subsidy.SubsidyClaim;
import cn.ipfin.subsidy.SubsidyClaimService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Adds the second demo government user {@value #CHECKER}, who approves the claims that {@code government}
 * recommends, and one submitted subsidy claim on the demo enterprise's first disbursed loan when there is one.
 * The four policies come with the Flyway migration. It runs after the other demo loaders, which create the loans.
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "ipfin.demo-data", havingValue = "true")
class DemoSubsidyLoader implements ApplicationRunner {

    static final String CHECKER = "govchecker";
    private static final String PASSWORD = "Demo#2026";
    private static final String SHANXI_POLICY = "shanxi";

    private static final Logger log = LoggerFactory.getLogger(DemoSubsidyLoader.class);

    private final UserAccountService accounts;
    private final LoanQueries loans;
    private final SubsidyClaimService claims;

    DemoSubsidyLoader(UserAccountService accounts, LoanQueries loans, SubsidyClaimService claims) {
        this.accounts = accounts;
        this.loans = loans;
        this.claims = claims;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.usernameTaken("government") || accounts.usernameTaken(CHECKER)) {
            return;
        }
        Long government = accounts.loadUserByUsername("government").organizationId();
        accounts.createAccount(new NewAccount(CHECKER, PASSWORD, "贴息复核员", Role.GOVERNMENT, government),
                "username", "password");
        if (accounts.usernameTaken("enterprise")) {
            submitDemoClaim(accounts.loadUserByUsername("enterprise"));
        }
    }

    private void submitDemoClaim(CurrentUser enterprise) {
        Optional<LoanSummary> loan = loans.ofApplicant(enterprise.organizationId()).stream()
                .filter(found -> found.state() == ApplicationState.DISBURSED && found.disbursedOn() != null)
                .min(Comparator.comparing(LoanSummary::disbursedOn));
        if (loan.isEmpty()) {
            log.info("No disbursed demo loan of the demo enterprise, so no demo subsidy claim");
            return;
        }
        LocalDate from = loan.get().disbursedOn();
        LocalDate to = claims.today().minusDays(1);
        try {
            SubsidyClaim claim = claims.submit(new ClaimRequest(loan.get().id(), SHANXI_POLICY, from, to), enterprise);
            log.info("Loaded demo subsidy claim {} on loan {}", claim.getId(), loan.get().id());
        } catch (InvalidInputException | BusinessRuleException e) {
            log.info("Demo subsidy claim on loan {} not submitted: {}", loan.get().id(), e.getMessage());
        }
    }
}
