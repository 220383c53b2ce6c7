package cn.ipfin.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.risk.RiskFixtures;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Applications filed with the day the bank received them, as the demo data files its loans, and the amounts of
 * the application list, which use the same thousands grouping as the bank workbench.
 */
class ReceivedApplicationTest extends IntegrationTest {

    @Autowired
    private LoanApplicationService applications;

    @Autowired
    private UserAccountService users;

    @Autowired
    private IpAssetService assets;

    @Test
    void pastReceiptDateSetsSubmissionAndReviewDue() {
        Member enterprise = verifiedMember("ENTERPRISE", "补录申请测试有限公司");
        Member bank = verifiedMember("BANK", "补录申请测试银行");
        LocalDate receivedOn = LocalDate.of(2026, 2, 9);

        LoanApplication application = applications.applyReceivedOn(draft(enterprise, bank, "1234567.89"),
                receivedOn, users.loadUserByUsername(enterprise.username()));

        assertThat(application.getSubmittedOn()).isEqualTo(receivedOn);
        assertThat(application.getReviewDueOn()).isAfter(receivedOn).isBefore(receivedOn.plusDays(30));
    }

    @Test
    void futureReceiptDateIsRejected() {
        Member enterprise = verifiedMember("ENTERPRISE", "补录未来日期测试有限公司");
        Member bank = verifiedMember("BANK", "补录未来日期测试银行");
        CurrentUser applicant = users.loadUserByUsername(enterprise.username());
        LocalDate tomorrow = applications.today().plusDays(1);

        assertThatThrownBy(() -> applications.applyReceivedOn(draft(enterprise, bank, "500000.00"), tomorrow,
                applicant)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                .extracting(InvalidInputException.Violation::field).containsExactly("submittedOn"));
    }

    @Test
    void applicationListGroupsThousands() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "列表金额测试有限公司");
        Member bank = verifiedMember("BANK", "列表金额测试银行");
        applications.apply(draft(enterprise, bank, "1234567.89"), users.loadUserByUsername(enterprise.username()));

        HttpResponse<String> page = PageClient.signedIn(port, enterprise.username()).get("/loans");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("data-testid=\"loan-amount\"[^>]*>1,234,567\\.89<");
        assertThat(page.body()).doesNotContain(">1234567.89<");
    }

    private ApplicationDraft draft(Member enterprise, Member bank, String amount) {
        Long patent = RiskFixtures.grantedInventionOf(assets, enterprise).getId();
        return new ApplicationDraft(bank.organizationId(), null, null, Money.of(amount), 12, new BigDecimal("0.045"),
                RepaymentMethod.EQUAL_INSTALLMENT, "研发设备采购", List.of(patent));
    }
}
