package cn.ipfin.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.identity.UserAccountService.NewAccount;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.LegalStatus;
import cn.ipfin.loan.ApplicationDraft;
import cn.ipfin.loan.ApplicationState;
import cn.ipfin.loan.LoanApplication;
import cn.ipfin.loan.LoanApplicationService;
import cn.ipfin.loan.InstallmentBalance;
import cn.ipfin.loan.LoanServicing;
import cn.ipfin.loan.LoanServicingService;
import cn.ipfin.loan.RepaymentMethod;
import cn.ipfin.product.FinancialProduct;
import cn.ipfin.product.ProductService;
import cn.ipfin.recovery.RecoveryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Adds demo pledge loans in the states a bank works with, once, when the second bank account {@value #CHECKER}
 * does not exist yet. One was submitted two days ago and waits for review. One was submitted in February 2026,
 * disbursed in March 2026 and repaid on time since. One of another enterprise was submitted in April 2025,
 * disbursed in May 2025, left unpaid after its third instalment and declared in default. The past submission
 * dates give the dashboard a realistic time from application to disbursement.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "ipfin.demo-data", havingValue = "true")
class DemoLoans implements ApplicationRunner {

    static final String CHECKER = "bankchecker";

    private static final Logger log = LoggerFactory.getLogger(DemoLoans.class);

    private final UserAccountService accounts;
    private final ProductService products;
    private final IpAssetService assets;
    private final LoanApplicationService applications;
    private final LoanServicingService servicing;
    private final RecoveryService recovery;

    DemoLoans(UserAccountService accounts, ProductService products, IpAssetService assets,
            LoanApplicationService applications, LoanServicingService servicing, RecoveryService recovery) {
        this.accounts = accounts;
        this.products = products;
        this.assets = assets;
        this.applications = applications;
        this.servicing = servicing;
        this.recovery = recovery;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.usernameTaken("bank") || accounts.usernameTaken(CHECKER)) {
            return;
        }
        CurrentUser bank = accounts.loadUserByUsername("bank");
        accounts.createAccount(new NewAccount(CHECKER, DemoDataLoader.PASSWORD, "信贷复核岗 陈静", Role.BANK,
                bank.organizationId()), "username", "password");
        CurrentUser checker = accounts.loadUserByUsername(CHECKER);
        CurrentUser enterprise = accounts.loadUserByUsername("enterprise");
        CurrentUser jinxin = accounts.loadUserByUsername("jinxin");
        CurrentUser insurer = accounts.loadUserByUsername("insurer");
        Optional<FinancialProduct> direct = product(bank, "DIRECT_PLEDGE");
        Optional<FinancialProduct> insured = product(bank, "INSURED_PLEDGE");
        List<IpAsset> ownPatents = inventions(enterprise);
        List<IpAsset> jinxinPatents = inventions(jinxin);
        if (direct.isEmpty() || insured.isEmpty() || ownPatents.size() < 2 || jinxinPatents.isEmpty()) {
            log.warn("Demo loans skipped: the demo products or enough valid inventions are missing");
            return;
        }

        LoanApplication repaying = apply(enterprise, bank, direct.get(), null, "1000000", 12, "0.039",
                "煤矿井下传感器产线扩产", ownPatents.get(0), LocalDate.of(2026, 2, 9));
        repaying = approve(repaying, bank, checker, null, "3000000", "1000000", "0.039");
        repaying = disburse(repaying, bank, LocalDate.of(2026, 3, 10));
        repayOnTime(repaying.getId(), bank, applications.today().minusDays(1), Integer.MAX_VALUE);

        apply(enterprise, bank, direct.get(), null, "2000000", 24, "0.042", "智能开采软件研发", ownPatents.get(1),
                applications.today().minusDays(2));

        LoanApplication failing = apply(jinxin, bank, insured.get(), insurer, "800000", 12, "0.038",
                "碳化硅衬底中试线设备", jinxinPatents.get(0), LocalDate.of(2025, 4, 14));
        failing = approve(failing, bank, checker, insurer, "2400000", "800000", "0.038");
        failing = disburse(failing, bank, LocalDate.of(2025, 5, 15));
        repayOnTime(failing.getId(), bank, applications.today(), 3);
        Long evaluator = accounts.loadUserByUsername("evaluator").organizationId();
        recovery.declare(new RecoveryService.Declaration(failing.getId(), "逾期超过九十天，多次催收无果，企业停产。",
                BigDecimal.ZERO, null, null, evaluator), bank);
        log.info("Loaded demo loans: one in review, one repaying, one in default");
    }

    private Optional<FinancialProduct> product(CurrentUser bank, String model) {
        return products.ownedBy(bank.organizationId(), PageRequest.of(0, 50)).getContent().stream()
                .filter(product -> model.equals(product.getFinancingModel())).findFirst();
    }

    private List<IpAsset> inventions(CurrentUser owner) {
        List<IpAsset> found = new ArrayList<>();
        for (IpAsset asset : assets.ownedBy(owner.organizationId(), 200)) {
            if (asset.getKind() == IpKind.INVENTION && asset.getLegalStatus() == LegalStatus.VALID
                    && asset.getGrantDate() != null && !asset.isPledged()) {
                found.add(asset);
            }
        }
        return found;
    }

    private LoanApplication apply(CurrentUser applicant, CurrentUser bank, FinancialProduct product,
            CurrentUser guarantor, String amount, int termMonths, String rate, String purpose, IpAsset patent,
            LocalDate receivedOn) {
        return applications.applyReceivedOn(new ApplicationDraft(bank.organizationId(), product.getId(),
                guarantor == null ? null : guarantor.organizationId(), Money.of(amount), termMonths,
                new BigDecimal(rate), RepaymentMethod.EQUAL_INSTALLMENT, purpose, List.of(patent.getId())),
                receivedOn, applicant);
    }

    private LoanApplication approve(LoanApplication application, CurrentUser maker, CurrentUser checker,
            CurrentUser guarantor, String value, String amount, String rate) {
        if (application.getState() != ApplicationState.CHECKED) {
            throw new IllegalStateException("Demo loan " + application.getId() + " failed its checks");
        }
        LoanApplication step = applications.recordValuation(application.getId(), application.getVersion(),
                Money.of(value), new BigDecimal("0.5"), "SJPG-DEMO-" + application.getId(), maker);
        if (guarantor != null) {
            step = applications.decideGuarantee(step.getId(), step.getVersion(), true, "同意承保", guarantor);
        }
        step = applications.prepare(step.getId(), step.getVersion(), Money.of(amount), new BigDecimal(rate),
                "额度在质押率上限内", maker);
        return applications.approve(step.getId(), step.getVersion(), "同意", checker);
    }

    private LoanApplication disburse(LoanApplication application, CurrentUser bank, LocalDate on) {
        LoanApplication registered = applications.registerPledge(application.getId(), application.getVersion(),
                "Y" + on.getYear() + "14000" + String.format("%05d", application.getId()), on.minusDays(5), bank);
        return applications.disburse(registered.getId(), registered.getVersion(), on, bank);
    }

    /** Pays each instalment in full on its due date, up to the given day or number of instalments. */
    private void repayOnTime(Long loanId, CurrentUser bank, LocalDate until, int instalments) {
        for (int paid = 0; paid < instalments; paid++) {
            LoanServicing state = servicing.servicing(loanId, until, bank).orElseThrow();
            Optional<InstallmentBalance> next = state.installments().stream()
                    .filter(installment -> !installment.isPaid()).findFirst();
            if (next.isEmpty() || next.get().dueDate().isAfter(until)) {
                return;
            }
            servicing.recordRepayment(loanId, state.version(), next.get().unpaid(), next.get().dueDate(), bank);
        }
    }
}
