package cn.ipfin.loan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipfin.ipasset.IpKind;
import cn.ipfin.loan.RepaymentMethod;
import cn.ipfin.product.FinancialProduct;
import cn.ipfin.product.LoanPrimeRates;
import cn.ipfin.product.ProductService;
import cn.ipfin.product.ProductTerms;
import cn.ipfin.product.ProductType;
import cn.ipfin.support.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The maker's approved amount and rate must lie in the ranges of the product the application names: here
 * 500,000 to 1,000,000 yuan, 12 to 36 months and the 1-year LPR plus 50 to 150 basis points.
 */
class ProductRangeApprovalTest extends LoanFlowTest {

    @Autowired
    private ProductService products;

    @Autowired
    private LoanPrimeRates rates;

    @Test
    void rateInsideRangeIsPrepared() {
        Parties parties = parties("利率区间内");
        JsonNode valued = valued(parties, apply(parties, productOf(parties)));

        JsonNode prepared = step(parties.maker(), valued, "preparation", Map.of("approvedAmount", 800000,
                "approvedRate", lpr().add(new BigDecimal("0.01"))));

        assertThat(prepared.get("state").asString()).isEqualTo("PREPARED");
    }

    @Test
    void rateOnUpperBoundIsPrepared() {
        Parties parties = parties("利率上限");
        JsonNode valued = valued(parties, apply(parties, productOf(parties)));

        JsonNode prepared = step(parties.maker(), valued, "preparation", Map.of("approvedAmount", 1000000,
                "approvedRate", lpr().add(new BigDecimal("0.015"))));

        assertThat(prepared.get("approvedRate").decimalValue()).isEqualByComparingTo(lpr().add(new BigDecimal("0.015")));
    }

    @Test
    void rateBelowRangeIsRejected() {
        Parties parties = parties("利率过低");
        JsonNode valued = valued(parties, apply(parties, productOf(parties)));

        Response response = parties.maker().post(path(valued, "preparation"), Map.of("version", version(valued),
                "approvedAmount", 800000, "approvedRate", lpr().add(new BigDecimal("0.0049"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("approvedRate");
        assertThat(detail(response)).contains("批准年利率", percent(lpr().add(new BigDecimal("0.005"))),
                percent(lpr().add(new BigDecimal("0.015"))));
        assertThat(state(parties, valued)).isEqualTo("VALUED");
    }

    @Test
    void rateAboveRangeIsRejected() {
        Parties parties = parties("利率过高");
        JsonNode valued = valued(parties, apply(parties, productOf(parties)));

        Response response = parties.maker().post(path(valued, "preparation"), Map.of("version", version(valued),
                "approvedAmount", 800000, "approvedRate", lpr().add(new BigDecimal("0.0151"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("approvedRate");
        assertThat(detail(response)).contains(percent(lpr().add(new BigDecimal("0.015"))));
    }

    @Test
    void amountAboveProductMaximumIsRejected() {
        Parties parties = parties("金额过高");
        JsonNode valued = valued(parties, apply(parties, productOf(parties)));

        Response response = parties.maker().post(path(valued, "preparation"), Map.of("version", version(valued),
                "approvedAmount", 1200000, "approvedRate", lpr().add(new BigDecimal("0.01"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("approvedAmount");
        assertThat(detail(response)).contains("批准金额", "1200000.00", "500000.00", "1000000.00");
    }

    @Test
    void everyFieldOutsideRangeIsListed() {
        Parties parties = parties("全部超限");
        JsonNode valued = valued(parties, apply(parties, productOf(parties)));

        Response response = parties.maker().post(path(valued, "preparation"), Map.of("version", version(valued),
                "approvedAmount", 400000, "approvedRate", new BigDecimal("0.2")));

        assertThat(fields(response)).containsExactlyInAnyOrder("approvedAmount", "approvedRate");
    }

    @Test
    void englishMessageNamesTheRange() {
        Parties parties = parties("英文提示");
        JsonNode valued = valued(parties, apply(parties, productOf(parties)));

        Response response = parties.maker().inLanguage("en").post(path(valued, "preparation"), Map.of("version",
                version(valued), "approvedAmount", 800000, "approvedRate", new BigDecimal("0.2")));

        assertThat(detail(response)).contains("Approved annual rate 20%", percent(lpr().add(new BigDecimal("0.015"))));
    }

    private Long productOf(Parties parties) {
        ProductTerms terms = new ProductTerms(ProductType.IP_PLEDGE_LOAN, parties.bank().organizationName() + "知识产权贷",
                "以有效发明专利质押", new BigDecimal("500000"), new BigDecimal("1000000"), 12, 36, 50, 150,
                new BigDecimal("0.01"), new BigDecimal("5000"), Set.of(IpKind.INVENTION),
                Map.of(IpKind.INVENTION, new BigDecimal("0.5")), null, null, Set.of(), Set.of(), null,
                Set.of(RepaymentMethod.EQUAL_INSTALLMENT));
        FinancialProduct product = products.create(parties.bank().organizationId(), terms);
        return products.publish(product.getId(), product.getVersion(), parties.bank().organizationId()).getId();
    }

    private BigDecimal lpr() {
        return rates.oneYearOn(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        response.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static String detail(Response response) {
        StringBuilder text = new StringBuilder(response.body().path("detail").asString(""));
        response.body().get("errors").forEach(error -> text.append(' ').append(error.get("message").asString()));
        return text.toString();
    }

    private static String state(Parties parties, JsonNode application) {
        return parties.maker().get("/api/v1/loan-applications/" + application.get("id").asLong()).body()
                .get("state").asString();
    }
}
