package cn.ipfin.product.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;

class ProductApiTest extends IntegrationTest {

    @Test
    void bankPublishesProduct() {
        Member bank = verifiedMember("BANK", "产品发布测试银行" + TestData.uniqueUsername(""));
        ApiClient client = api().signedInAs(bank.username(), TestData.PASSWORD);

        Response created = client.post("/api/v1/products", ProductFixtures.pledgeLoan("科创质押贷"));
        long id = created.body().get("id").asLong();
        Response published = client.post("/api/v1/products/" + id + "/publish?version="
                + created.body().get("version").asLong(), Map.of());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("status").asString()).isEqualTo("DRAFT");
        assertThat(published.status()).isEqualTo(200);
        Response read = api().get("/api/v1/products/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("organizationName").asString()).isEqualTo(bank.organizationName());
        assertThat(read.body().get("pledgeRateCaps").get("INVENTION").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(read.body().get("minAmount").asString()).isEqualTo("1000000.00");
    }

    @Test
    void productPriceFollowsTodaysLpr() {
        Member bank = verifiedMember("BANK", "利率测试银行" + TestData.uniqueUsername(""));
        ApiClient client = api().signedInAs(bank.username(), TestData.PASSWORD);

        Response created = client.post("/api/v1/products", ProductFixtures.pledgeLoan("利率测试贷"));

        // Since 2025-05-20 the 1-year LPR is 3.0 %, so spreads of 50 and 150 bp give 3.5 % and 4.5 %.
        assertThat(created.body().get("currentRates").get("loanPrimeRate").decimalValue()).isEqualByComparingTo("0.03");
        assertThat(created.body().get("currentRates").get("minRate").decimalValue()).isEqualByComparingTo("0.035");
        assertThat(created.body().get("currentRates").get("maxRate").decimalValue()).isEqualByComparingTo("0.045");
    }

    @Test
    void minAmountAboveMaxNamesTheField() {
        Member bank = verifiedMember("BANK", "校验测试银行" + TestData.uniqueUsername(""));
        Map<String, Object> body = ProductFixtures.pledgeLoan("额度颠倒贷");
        body.put("minAmount", "20000000");
        body.put("minTermMonths", 48);

        Response response = api().signedInAs(bank.username(), TestData.PASSWORD).post("/api/v1/products", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors")).hasSize(2);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("minAmount");
        assertThat(response.body().get("errors").get(0).get("message").asString())
                .isEqualTo("最低金额 20,000,000.00 元高于最高金额 10,000,000.00 元，请调小最低金额或调大最高金额。");
        assertThat(response.body().get("errors").get(1).get("field").asString()).isEqualTo("minTermMonths");
    }

    @Test
    void pledgeCapForUnacceptedKindIsRejected() {
        Member bank = verifiedMember("BANK", "质押率测试银行" + TestData.uniqueUsername(""));
        Map<String, Object> body = ProductFixtures.pledgeLoan("质押率贷");
        body.put("pledgeRateCaps", Map.of("TRADEMARK", "0.5", "INVENTION", "1.5"));

        Response response = api().signedInAs(bank.username(), TestData.PASSWORD).post("/api/v1/products", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.raw()).contains("pledgeRateCaps.TRADEMARK", "pledgeRateCaps.INVENTION");
    }

    @Test
    void unknownFinancingModelIsRejected() {
        Member bank = verifiedMember("BANK", "模式校验测试银行" + TestData.uniqueUsername(""));
        Map<String, Object> body = ProductFixtures.pledgeLoan("模式校验贷");
        body.put("financingModel", "NO_SUCH_MODEL");

        Response response = api().signedInAs(bank.username(), TestData.PASSWORD).post("/api/v1/products", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("financingModel");
    }

    @Test
    void anotherBankCannotEdit() {
        Member owner = verifiedMember("BANK", "所有权测试银行" + TestData.uniqueUsername(""));
        Member other = verifiedMember("BANK", "他行测试银行" + TestData.uniqueUsername(""));
        ApiClient ownerClient = api().signedInAs(owner.username(), TestData.PASSWORD);
        ApiClient otherClient = api().signedInAs(other.username(), TestData.PASSWORD);
        Response created = ownerClient.post("/api/v1/products", ProductFixtures.pledgeLoan("所有权测试贷"));
        long id = created.body().get("id").asLong();

        Response draftEdit = otherClient.put("/api/v1/products/" + id + "?version=0", ProductFixtures.pledgeLoan("改"));
        Response draftRead = otherClient.get("/api/v1/products/" + id);
        ownerClient.post("/api/v1/products/" + id + "/publish?version=0", Map.of());
        Response publishedEdit = otherClient.put("/api/v1/products/" + id + "?version=1",
                ProductFixtures.pledgeLoan("改"));
        Response publishedWithdraw = otherClient.post("/api/v1/products/" + id + "/withdraw?version=1", Map.of());

        assertThat(draftEdit.status()).isEqualTo(404);
        assertThat(draftRead.status()).isEqualTo(404);
        assertThat(publishedEdit.status()).isEqualTo(403);
        assertThat(publishedWithdraw.status()).isEqualTo(403);
        assertThat(api().get("/api/v1/products/" + id).body().get("name").asString()).isEqualTo("所有权测试贷");
    }

    @Test
    void enterpriseAndAnonymousCannotCreate() {
        Member enterprise = verifiedMember("ENTERPRISE", "越权发布测试有限公司" + TestData.uniqueUsername(""));

        Response anonymous = api().post("/api/v1/products", ProductFixtures.pledgeLoan("越权贷"));
        Response byEnterprise = api().signedInAs(enterprise.username(), TestData.PASSWORD)
                .post("/api/v1/products", ProductFixtures.pledgeLoan("越权贷"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(byEnterprise.status()).isEqualTo(403);
        assertThat(api().get("/api/v1/products/mine").status()).isEqualTo(401);
    }

    @Test
    void staleVersionIsConflict() {
        Member bank = verifiedMember("BANK", "并发测试银行" + TestData.uniqueUsername(""));
        ApiClient client = api().signedInAs(bank.username(), TestData.PASSWORD);
        long id = client.post("/api/v1/products", ProductFixtures.pledgeLoan("并发测试贷")).body().get("id").asLong();

        Response first = client.put("/api/v1/products/" + id + "?version=0", ProductFixtures.pledgeLoan("第一次修改"));
        Response second = client.put("/api/v1/products/" + id + "?version=0", ProductFixtures.pledgeLoan("第二次修改"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("code").asString()).isEqualTo("concurrent.change");
    }

    @Test
    void withdrawnProductLeavesCatalogue() {
        Member bank = verifiedMember("BANK", "下架测试银行" + TestData.uniqueUsername(""));
        ApiClient client = api().signedInAs(bank.username(), TestData.PASSWORD);
        long id = client.post("/api/v1/products", ProductFixtures.pledgeLoan("下架测试贷")).body().get("id").asLong();
        client.post("/api/v1/products/" + id + "/publish?version=0", Map.of());

        Response withdrawn = client.post("/api/v1/products/" + id + "/withdraw?version=1", Map.of());
        Response again = client.post("/api/v1/products/" + id + "/withdraw?version=2", Map.of());

        assertThat(withdrawn.body().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(again.status()).isEqualTo(409);
        assertThat(api().get("/api/v1/products/" + id).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/products?organizationId=" + bank.organizationId()).body()
                .get("totalElements").asLong()).isZero();
    }

    @Test
    void catalogueFilters() {
        Member bank = verifiedMember("BANK", "筛选测试银行" + TestData.uniqueUsername(""));
        ApiClient client = api().signedInAs(bank.username(), TestData.PASSWORD);
        publish(client, ProductFixtures.pledgeLoan("太原专利贷"));
        Map<String, Object> trademarkLoan = ProductFixtures.pledgeLoan("大同商标贷");
        trademarkLoan.put("eligibleIpKinds", java.util.List.of("TRADEMARK"));
        trademarkLoan.put("pledgeRateCaps", Map.of("TRADEMARK", "0.5"));
        trademarkLoan.put("districts", java.util.List.of("140200"));
        trademarkLoan.put("minAmount", "100000");
        trademarkLoan.put("maxAmount", "2000000");
        publish(client, trademarkLoan);
        String mine = "/api/v1/products?organizationId=" + bank.organizationId();

        assertThat(names(mine)).containsExactlyInAnyOrder("太原专利贷", "大同商标贷");
        assertThat(names(mine + "&ipKind=TRADEMARK")).containsExactly("大同商标贷");
        assertThat(names(mine + "&district=140105")).containsExactly("太原专利贷");
        assertThat(names(mine + "&amount=500000")).containsExactly("大同商标贷");
        assertThat(names(mine + "&amount=5000000&termMonths=24")).containsExactly("太原专利贷");
        assertThat(names(mine + "&termMonths=48")).isEmpty();
        assertThat(names(mine + "&type=CREDIT_LOAN")).isEmpty();
        assertThat(api().get(mine + "&size=1").body().get("content")).hasSize(1);
    }

    private static void publish(ApiClient client, Map<String, Object> body) {
        Response created = client.post("/api/v1/products", body);
        client.post("/api/v1/products/" + created.body().get("id").asLong() + "/publish?version=0", Map.of());
    }

    private java.util.List<String> names(String path) {
        Response response = api().get(path);
        assertThat(response.status()).isEqualTo(200);
        java.util.List<String> names = new java.util.ArrayList<>();
        response.body().get("content").forEach(product -> names.add(product.get("name").asString()));
        return names;
    }
}
