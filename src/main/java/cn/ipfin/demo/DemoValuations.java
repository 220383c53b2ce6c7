package cn.ipfin.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.identity.UserAccountService.NewAccount;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetData;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpNumber;
import cn.ipfin.valuation.Actor;
import cn.ipfin.valuation.DraftInput;
import cn.ipfin.valuation.UncertainInput;
import cn.ipfin.valuation.ValuationApproach;
import cn.ipfin.valuation.ValuationAssignment;
import cn.ipfin.valuation.ValuationAssignmentService;
import cn.ipfin.valuation.ValueIndicator;

/**
 * Loads demo valuation assignments once: a signed report for a patent of 太原智煤科技有限公司 by the demo
 * evaluator, reviewed by a second evaluator account {@code reviewer}, and a bank's assignment waiting for a
 * quote. Does nothing when the {@code reviewer} account exists.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "ipfin.demo-data", havingValue = "true")
class DemoValuations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoValuations.class);
    private static final String REVIEWER = "reviewer";

    private final UserAccountService accounts;
    private final IpAssetService assets;
    private final ValuationAssignmentService valuations;

    DemoValuations(UserAccountService accounts, IpAssetService assets, ValuationAssignmentService valuations) {
        this.accounts = accounts;
        this.assets = assets;
        this.valuations = valuations;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.usernameTaken(REVIEWER) || !accounts.usernameTaken("evaluator")) {
            return;
        }
        Actor enterprise = actor("enterprise");
        Actor evaluator = actor("evaluator");
        Actor bank = actor("bank");
        accounts.createAccount(new NewAccount(REVIEWER, DemoDataLoader.PASSWORD, "复核评估师 王敏", Role.EVALUATOR,
                evaluator.organizationId()), "username", "password");
        Actor reviewer = actor(REVIEWER);

        IpAsset signedPatent = patent("2020", "1", 1_810_233, "一种综采工作面液压支架姿态智能监测系统", 16, 2);
        IpAsset pendingPatent = patent("2021", "1", 1_420_577, "一种矿井瓦斯浓度多点预警装置", 9, 1);

        ValuationAssignment signed = valuations.request(enterprise, false, evaluator.organizationId(),
                List.of(signedPatent.getId()), "知识产权质押融资（科创银行太原分行）");
        signed = valuations.quote(signed.getId(), signed.getVersion(), evaluator, Money.of("28000.00"), "10 个工作日");
        signed = valuations.accept(signed.getId(), signed.getVersion(), enterprise);
        signed = valuations.submitDraft(signed.getId(), signed.getVersion(), evaluator, draft(signedPatent.getId()));
        valuations.approve(signed.getId(), signed.getVersion(), reviewer);

        valuations.request(bank, true, evaluator.organizationId(), List.of(pendingPatent.getId()),
                "贷前押品价值评估");
        log.info("Loaded demo valuations: assignment {} signed, one awaiting a quote", signed.getId());
    }

    private Actor actor(String username) {
        CurrentUser user = accounts.loadUserByUsername(username);
        return new Actor(user.userId(), user.username(), user.organizationId(), user.hasRole(Role.EVALUATOR));
    }

    private IpAsset patent(String year, String type, int serial, String title, int claims, int family) {
        String digits = year + type + String.format("%07d", serial);
        String number = digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
        IpAssetData data = new IpAssetData(IpKind.INVENTION, title, null, null, List.of("太原智煤科技有限公司"),
                List.of("李志强", "赵晓东"), null, LocalDate.parse(year + "-04-16"), null,
                LocalDate.parse(year + "-04-16").plusYears(2), List.of("E21D 23/12"), "E21D 23/12", claims, family);
        return assets.save(new IpNumber(number, false, "CN"), data, "授权", "DEMO", "demo-data").asset();
    }

    private static DraftInput draft(Long assetId) {
        Map<ValueIndicator, BigDecimal> scores = new EnumMap<>(ValueIndicator.class);
        String[] values = {"8", "7", "6", "7", "0", "0", "9", "8", "8", "0", "6", "7", "7", "7", "8", "5", "6", "9"};
        for (ValueIndicator indicator : ValueIndicator.values()) {
            scores.put(indicator, new BigDecimal(values[indicator.ordinal()]));
        }
        BigDecimal revenue = new BigDecimal("8000000");
        DraftInput.Income income = new DraftInput.Income(List.of(revenue, revenue, new BigDecimal("9000000"),
                new BigDecimal("9000000"), new BigDecimal("9500000")), new BigDecimal("0.035"), new BigDecimal("0.15"),
                new BigDecimal("0.15"), "企业 2027–2031 年液压支架监测系统销售预测；分成率参照机械行业 1.5–3% 上限上浮");
        DraftInput.Cost cost = new DraftInput.Cost(new BigDecimal("1500000"), new BigDecimal("12"),
                new BigDecimal("6"), new BigDecimal("0.10"), new BigDecimal("0.05"), "企业研发费用辅助账 2020–2022 年");
        DraftInput.Comparable comparable = new DraftInput.Comparable("2025 年 山西某矿用监测专利转让，平台成交记录",
                new BigDecimal("1100000"), new BigDecimal("1.02"), BigDecimal.ONE, new BigDecimal("1.05"),
                BigDecimal.ONE, null);
        Map<ValuationApproach, BigDecimal> weights = new EnumMap<>(ValuationApproach.class);
        weights.put(ValuationApproach.INCOME, new BigDecimal("0.6"));
        weights.put(ValuationApproach.COST, new BigDecimal("0.2"));
        weights.put(ValuationApproach.MARKET, new BigDecimal("0.2"));
        Map<UncertainInput, DraftInput.DistributionSpec> uncertain = new LinkedHashMap<>();
        uncertain.put(UncertainInput.REVENUE_FACTOR, new DraftInput.DistributionSpec("TRIANGULAR",
                new BigDecimal("0.7"), BigDecimal.ONE, new BigDecimal("1.15"), null, null));
        uncertain.put(UncertainInput.ROYALTY_RATE, new DraftInput.DistributionSpec("NORMAL", null, null, null,
                new BigDecimal("0.035"), new BigDecimal("0.004")));
        uncertain.put(UncertainInput.DISCOUNT_RATE, new DraftInput.DistributionSpec("UNIFORM",
                new BigDecimal("0.13"), null, new BigDecimal("0.18"), null, null));
        return new DraftInput(Map.of(assetId, scores), income, cost, List.of(comparable), weights,
                new DraftInput.MonteCarlo(20261204L, 10_000, uncertain));
    }
}
