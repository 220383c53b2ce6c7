package cn.ipfin.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.LegalStatus;
import cn.ipfin.ipasset.LegalStatusChanged;
import cn.ipfin.ipasset.LegalStatusEventKind;
import cn.ipfin.ipasset.PledgeService;
import cn.ipfin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules that react to legal-status events and to annual fees of pledged patents. */
class RiskMonitoringTest extends IntegrationTest {

    @Autowired
    private IpAssetService assets;

    @Autowired
    private PledgeService pledges;

    @Autowired
    private LegalStatusMonitor monitor;

    @Autowired
    private RiskSweep sweep;

    @Test
    void lapseOfPledgedPatentAlertsPledgeeBank() {
        Member owner = verifiedMember("ENTERPRISE", "质押失效预警测试有限公司");
        Member bank = verifiedMember("BANK", "质押失效预警测试银行");
        IpAsset patent = RiskFixtures.grantedInventionOf(assets, owner);
        RiskFixtures.pledge(pledges, patent, owner, bank);

        Optional<Alert> alert = monitor.check(lapse(patent, owner, true));

        assertThat(alert).isPresent();
        assertThat(alert.get().getRule()).isEqualTo(RuleCode.PLEDGED_LEGAL_STATUS_CHANGE);
        assertThat(alert.get().getSeverity()).isEqualTo(Severity.CRITICAL);
        assertThat(alert.get().getState()).isEqualTo(AlertState.OPEN);
        assertThat(alert.get().getRecipients()).containsExactly(bank.organizationId());
        assertThat(alert.get().getMessageArguments()).contains(patent.getNumber(), "未缴年费专利权终止");
    }

    @Test
    void sameEventTwiceRaisesOneAlert() {
        Member owner = verifiedMember("ENTERPRISE", "重复预警测试有限公司");
        Member bank = verifiedMember("BANK", "重复预警测试银行");
        IpAsset patent = RiskFixtures.grantedInventionOf(assets, owner);
        RiskFixtures.pledge(pledges, patent, owner, bank);

        Optional<Alert> first = monitor.check(lapse(patent, owner, true));
        Optional<Alert> second = monitor.check(lapse(patent, owner, true));

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
    }

    @Test
    void lapseOfUnpledgedPatentRaisesNothing() {
        Member owner = verifiedMember("ENTERPRISE", "未质押失效测试有限公司");
        IpAsset patent = RiskFixtures.grantedInventionOf(assets, owner);

        Optional<Alert> alert = monitor.check(lapse(patent, owner, false));

        assertThat(alert).isEmpty();
    }

    @Test
    void pledgeRegistrationRaisesNothing() {
        Member owner = verifiedMember("ENTERPRISE", "质押登记事件测试有限公司");
        Member bank = verifiedMember("BANK", "质押登记事件测试银行");
        IpAsset patent = RiskFixtures.grantedInventionOf(assets, owner);
        RiskFixtures.pledge(pledges, patent, owner, bank);

        Optional<Alert> alert = monitor.check(new LegalStatusChanged(patent.getId(), patent.getNumber(),
                LegalStatusEventKind.PLEDGE_REGISTERED, LocalDate.of(2026, 1, 5), LegalStatus.VALID,
                LegalStatus.VALID, owner.organizationId(), true));

        assertThat(alert).isEmpty();
    }

    @Test
    void annualFeeReminderThenEscalation() {
        Member owner = verifiedMember("ENTERPRISE", "年费提醒测试有限公司");
        Member bank = verifiedMember("BANK", "年费提醒测试银行");
        IpAsset patent = RiskFixtures.grantedInventionOf(assets, owner);
        RiskFixtures.pledge(pledges, patent, owner, bank);
        var pledge = pledges.activePledge(patent.getId()).orElseThrow();

        Optional<Alert> tooEarly = sweep.checkAnnualFee(pledge, LocalDate.of(2026, 12, 1));
        Optional<Alert> reminder = sweep.checkAnnualFee(pledge, LocalDate.of(2027, 2, 10));
        Optional<Alert> unpaid = sweep.checkAnnualFee(pledge, LocalDate.of(2027, 3, 5));

        assertThat(tooEarly).isEmpty();
        assertThat(reminder).isPresent();
        assertThat(reminder.get().getRule()).isEqualTo(RuleCode.ANNUAL_FEE_DUE);
        assertThat(reminder.get().getSubjectKey()).endsWith(":6:30");
        assertThat(reminder.get().getRecipients()).containsExactlyInAnyOrder(owner.organizationId(),
                bank.organizationId());
        assertThat(unpaid).isPresent();
        assertThat(unpaid.get().getRule()).isEqualTo(RuleCode.ANNUAL_FEE_UNPAID);
        assertThat(unpaid.get().getSeverity()).isEqualTo(Severity.CRITICAL);
        assertThat(unpaid.get().getRecipients()).contains(bank.organizationId());
        assertThat(unpaid.get().getMessageArguments()).contains("2027-03-04", "2027-09-04", "1200.00");
    }

    private static LegalStatusChanged lapse(IpAsset patent, Member owner, boolean pledged) {
        return new LegalStatusChanged(patent.getId(), patent.getNumber(), LegalStatusEventKind.LAPSED_UNPAID_FEE,
                LocalDate.of(2026, 11, 20), LegalStatus.VALID, LegalStatus.LAPSED, owner.organizationId(), pledged);
    }
}
