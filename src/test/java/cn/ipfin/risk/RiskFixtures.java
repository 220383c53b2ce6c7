package cn.ipfin.risk;

import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetData;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpNumber;
import cn.ipfin.ipasset.PledgeService;
import cn.ipfin.support.IntegrationTest.Member;

/** Patents and pledges with fresh application numbers for the risk tests, which share one database. */
public final class RiskFixtures {

    private static int serial = (int) (System.nanoTime() % 5_000_000);

    private RiskFixtures() {
    }

    /** Saves a granted invention filed on 2022-03-04 and granted on 2024-01-10, owned by the member. */
    public static IpAsset grantedInventionOf(IpAssetService assets, Member owner) {
        return grantedInventionOf(assets, owner, LocalDate.of(2022, 3, 4), LocalDate.of(2024, 1, 10));
    }

    /** Saves a granted invention with the given filing and grant dates, owned by the member. */
    public static IpAsset grantedInventionOf(IpAssetService assets, Member owner, LocalDate filedOn,
            LocalDate grantedOn) {
        String digits = String.format("2022%d%07d", 1, nextSerial());
        String number = digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
        IpAssetData data = new IpAssetData(IpKind.INVENTION, "一种风险监控测试用的装置", null, null,
                List.of(owner.organizationName()), List.of(), null, filedOn, null, grantedOn, List.of(), null, 8, 1);
        return assets.save(new IpNumber(number, false, "CN"), data, "授权", "TEST", "test").asset();
    }

    /** Records a registered pledge of the patent to the bank. */
    public static void pledge(PledgeService pledges, IpAsset patent, Member owner, Member bank) {
        pledges.record(patent.getId(), new PledgeService.Registration(owner.organizationId(), bank.organizationId(),
                "ZY-" + patent.getId(), "Y2026" + patent.getId(), LocalDate.of(2026, 1, 5),
                LocalDate.of(2028, 1, 5)), "test");
    }

    private static synchronized int nextSerial() {
        return 5_000_000 + serial++ % 4_000_000;
    }
}
