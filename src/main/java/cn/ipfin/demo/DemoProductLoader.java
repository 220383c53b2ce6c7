package cn.ipfin.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipfin.core.reference.Industry;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.loan.RepaymentMethod;
import cn.ipfin.product.CreditGrade;
import cn.ipfin.product.FinancialProduct;
import cn.ipfin.product.ProductService;
import cn.ipfin.product.ProductTerms;
import cn.ipfin.product.ProductType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes eight demo products of the demo bank, guarantor and insurer, once, when the bank has no product
 * yet. The LPR history and the financing models come with the Flyway migration, not from here.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "ipfin.demo-data", havingValue = "true")
class DemoProductLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProductLoader.class);
    private static final Set<RepaymentMethod> MONTHLY = Set.of(RepaymentMethod.EQUAL_INSTALLMENT,
            RepaymentMethod.EQUAL_PRINCIPAL, RepaymentMethod.INTEREST_ONLY);
    private static final Set<IpKind> PATENTS = Set.of(IpKind.INVENTION, IpKind.UTILITY_MODEL);

    private final UserAccountService accounts;
    private final ProductService products;

    DemoProductLoader(UserAccountService accounts, ProductService products) {
        this.accounts = accounts;
        this.products = products;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.usernameTaken("bank")) {
            return;
        }
        Long bank = accounts.loadUserByUsername("bank").organizationId();
        if (products.anyOwnedBy(bank)) {
            return;
        }
        Long guarantor = accounts.loadUserByUsername("guarantor").organizationId();
        Long insurer = accounts.loadUserByUsername("insurer").organizationId();
        List<Map.Entry<Long, ProductTerms>> demo = List.of(
                Map.entry(bank, pledgeLoan()), Map.entry(bank, trademarkLoan()), Map.entry(bank, creditLoan()),
                Map.entry(bank, insuredLoan()), Map.entry(guarantor, guarantee()), Map.entry(guarantor, leasing()),
                Map.entry(insurer, insurance()), Map.entry(insurer, securitisation()));
        demo.forEach(entry -> publish(entry.getKey(), entry.getValue()));
        log.info("Loaded {} demo products", demo.size());
    }

    private void publish(Long organizationId, ProductTerms terms) {
        FinancialProduct product = products.create(organizationId, terms);
        products.publish(product.getId(), product.getVersion(), organizationId);
    }

    private static ProductTerms pledgeLoan() {
        return new ProductTerms(ProductType.IP_PLEDGE_LOAN, "科创知识产权质押贷", "以有效发明专利、实用新型质押，最快 5 个工作日放款。",
                amount("1000000"), amount("10000000"), 6, 36, 30, 150, null, amount("5000"), PATENTS,
                Map.of(IpKind.INVENTION, rate("0.5"), IpKind.UTILITY_MODEL, rate("0.3")), CreditGrade.BBB, 2,
                Set.of(), Set.of("140100"), "DIRECT_PLEDGE", MONTHLY);
    }

    private static ProductTerms trademarkLoan() {
        return new ProductTerms(ProductType.IP_PLEDGE_LOAN, "商标专用权质押贷", "以注册商标专用权质押，适合品牌型企业。",
                amount("500000"), amount("5000000"), 12, 24, 80, 200, null, amount("3000"), Set.of(IpKind.TRADEMARK),
                Map.of(IpKind.TRADEMARK, rate("0.5")), CreditGrade.BBB, 3, Set.of(), Set.of(), "DIRECT_PLEDGE",
                Set.of(RepaymentMethod.INTEREST_ONLY, RepaymentMethod.EQUAL_INSTALLMENT));
    }

    private static ProductTerms creditLoan() {
        return new ProductTerms(ProductType.CREDIT_LOAN, "科技型企业信用贷", "面向科技型中小企业的纯信用贷款。",
                amount("100000"), amount("3000000"), 3, 12, 50, 120, null, null, Set.of(), Map.of(), CreditGrade.A, 2,
                Set.of(Industry.C, Industry.I, Industry.M), Set.of(), null, MONTHLY);
    }

    private static ProductTerms insuredLoan() {
        return new ProductTerms(ProductType.IP_PLEDGE_LOAN, "保险增信知识产权贷", "保险公司承保、风险补偿基金分担损失的质押贷款。",
                amount("500000"), amount("5000000"), 12, 36, 0, 100, null, amount("4000"), PATENTS,
                Map.of(IpKind.INVENTION, rate("0.4"), IpKind.UTILITY_MODEL, rate("0.25")), null, 1, Set.of(),
                Set.of(), "INSURED_PLEDGE", MONTHLY);
    }

    private static ProductTerms guarantee() {
        return new ProductTerms(ProductType.GUARANTEE, "知识产权反担保融资担保", "担保公司为银行贷款提供担保，企业以专利向担保公司反担保。",
                amount("1000000"), amount("20000000"), 12, 36, 50, 150, rate("0.01"), null,
                Set.of(IpKind.INVENTION), Map.of(IpKind.INVENTION, rate("0.5")), CreditGrade.BB, 2, Set.of(),
                Set.of(), "TECH_GUARANTOR", Set.of());
    }

    private static ProductTerms leasing() {
        return new ProductTerms(ProductType.FINANCIAL_LEASING, "知识产权售后回租", "以专利权售后回租盘活无形资产。",
                amount("2000000"), amount("30000000"), 24, 60, 150, 300, null, amount("8000"), PATENTS,
                Map.of(IpKind.INVENTION, rate("0.5"), IpKind.UTILITY_MODEL, rate("0.3")), CreditGrade.BBB, 3,
                Set.of(Industry.C), Set.of(), null, Set.of(RepaymentMethod.EQUAL_INSTALLMENT));
    }

    private static ProductTerms insurance() {
        return new ProductTerms(ProductType.INSURANCE, "知识产权质押融资保证保险", "为知识产权质押贷款提供保证保险，保险公司分担 16% 的损失。",
                amount("500000"), amount("10000000"), 12, 36, 0, 0, null, null, PATENTS, Map.of(), null, 1,
                Set.of(), Set.of(), "INSURED_PLEDGE", Set.of());
    }

    private static ProductTerms securitisation() {
        return new ProductTerms(ProductType.IP_SECURITISATION, "知识产权证券化（ABS）入池", "以专利许可费为基础资产，适合拥有多件有效发明专利的企业。",
                amount("5000000"), amount("50000000"), 24, 36, 100, 250, null, amount("20000"),
                Set.of(IpKind.INVENTION), Map.of(), CreditGrade.A, 3, Set.of(), Set.of(), null, Set.of());
    }

    private static BigDecimal amount(String yuan) {
        return new BigDecimal(yuan);
    }

    private static BigDecimal rate(String fraction) {
        return new BigDecimal(fraction);
    }
}
