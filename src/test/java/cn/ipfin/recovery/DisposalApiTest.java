package cn.ipfin.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.ipfin.core.money.Money;
import cn.ipfin.identity.Role;
import cn.ipfin.market.DealClosed;
import cn.ipfin.market.ListingType;
import cn.ipfin.market.MarketTestSupport;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.LoanFixture;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Disposal through the market: the lender opens a disposal-sale listing from the default case, and the contract of
 * the market deal on it records the proceeds, allocates them and closes the case.
 */
class DisposalApiTest extends MarketTestSupport {

    @Autowired
    private DisposalService disposals;

    @Autowired
    private RecoveryService recovery;

    @Test
    void fixedPriceDisposalOpensConsentedListing() {
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("挂牌处置", "DIRECT_PLEDGE", null,
                LocalDate.of(2025, 3, 10));
        ApiClient bank = client(loan.bank());
        JsonNode declared = declare(bank, loan);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", declared.get("version").asLong());
        body.put("priceMode", "FIXED");
        body.put("askingPrice", new BigDecimal("650000"));
        body.put("industryCode", "C");
        body.put("description", "违约贷款质押发明专利处置变卖，整体转让。");
        Response started = bank.post(disposalPath(declared), body);

        assertThat(started.status()).as(started.raw()).isEqualTo(200);
        JsonNode disposal = started.body().get("disposal");
        assertThat(started.body().get("status").asString()).isEqualTo("DISPOSING");
        assertThat(disposal.get("assetId").asLong()).isEqualTo(loan.patent().getId());
        assertThat(disposal.get("listingStatus").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(disposal.get("priceMode").asString()).isEqualTo("FIXED");
        assertThat(disposal.get("auctionId").isNull()).isTrue();
        JsonNode listing = bank.get("/api/v1/market/listings/" + disposal.get("listingId").asLong()).body();
        assertThat(listing.get("listingType").asString()).isEqualTo("DISPOSAL_SALE");
        assertThat(listing.get("listerOrganizationId").asLong()).isEqualTo(loan.bank().organizationId());
        assertThat(listing.get("pledgeeOrganizationId").asLong()).isEqualTo(loan.bank().organizationId());
        assertThat(listing.get("consentBy").asString()).isEqualTo(loan.bank().username());
        assertThat(listing.get("askingPrice").asString()).isEqualTo("650000.00");
        assertThat(started.body().get("events").findValuesAsString("action")).contains("declare", "claim", "dispose");
    }

    @Test
    void auctionDisposalClosesCaseWhenContractRecorded() {
        Member guarantor = verifiedMember("GUARANTOR", "拍卖处置测试融资担保有限公司");
        String guarantorChecker = addColleague(guarantor, Role.GUARANTOR);
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("拍卖处置", "TECH_GUARANTOR", guarantor,
                LocalDate.of(2025, 3, 12));
        ApiClient bank = client(loan.bank());
        JsonNode defaultCase = declare(bank, loan);
        ApiClient guarantorMaker = client(guarantor);
        defaultCase = claimStep(guarantorMaker, defaultCase, "GUARANTOR", "recommendation", Map.of());
        defaultCase = claimStep(client(guarantorChecker), defaultCase, "GUARANTOR", "approval", Map.of());
        defaultCase = claimStep(guarantorMaker, defaultCase, "GUARANTOR", "payment", Map.of("paidOn",
                recovery.today().toString(), "reference", "DB-2026-031"));

        Response started = bank.post(disposalPath(defaultCase), auctionBody(defaultCase,
                Instant.now().plus(Duration.ofDays(3))));
        assertThat(started.status()).as(started.raw()).isEqualTo(200);
        JsonNode disposal = started.body().get("disposal");
        long listingId = disposal.get("listingId").asLong();
        long auctionId = disposal.get("auctionId").asLong();
        assertThat(disposal.get("auctionStatus").asString()).isEqualTo("PENDING");

        assertThat(approve(listingId).status()).isEqualTo(200);
        Member investor = verifiedMember("INVESTOR", "拍卖处置测试创业投资有限公司");
        topUp(investor, "50000");
        Response bid = client(investor).post("/api/v1/auctions/" + auctionId + "/bids",
                Map.of("amount", new BigDecimal("400000")));
        assertThat(bid.status()).as(bid.raw()).isEqualTo(201);
        endAuctionNow(auctionId);
        assertThat(client(investor).get("/api/v1/auctions/" + auctionId).body().get("status").asString())
                .isEqualTo("SOLD");
        JsonNode deal = client(investor).get("/api/v1/market/deals").body().valueStream()
                .filter(node -> node.get("listingId").asLong() == listingId).findFirst().orElseThrow();
        Response contract = client(investor).post("/api/v1/market/deals/" + deal.get("id").asLong() + "/contract",
                Map.of("version", deal.get("version").asLong(), "contractNumber", "CZ-" + listingId,
                        "contractDate", recovery.today().toString(), "contractPrice", new BigDecimal("400000")));
        assertThat(contract.status()).as(contract.raw()).isEqualTo(200);

        JsonNode closed = awaitClosed(bank, defaultCase.get("id").asLong());
        assertThat(closed.get("proceeds").asString()).isEqualTo("400000.00");
        assertThat(closed.get("proceedsDealId").asLong()).isEqualTo(deal.get("id").asLong());
        assertThat(closed.get("disposal").get("listingStatus").asString()).isEqualTo("SOLD");
        BigDecimal recovered = BigDecimal.ZERO;
        for (JsonNode claim : closed.get("claims")) {
            recovered = recovered.add(new BigDecimal(claim.get("recovered").asString()));
        }
        assertThat(recovered).isEqualByComparingTo("400000.00");
        assertThat(closed.get("events").findValuesAsString("action")).containsSubsequence("declare", "claim",
                "recommend", "approve", "pay", "dispose", "sell", "allocate", "close");
    }

    @Test
    void redeliveredDealChangesNothing() {
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("重投处置", "DIRECT_PLEDGE", null,
                LocalDate.of(2025, 3, 14));
        ApiClient bank = client(loan.bank());
        JsonNode declared = declare(bank, loan);
        JsonNode started = bank.post(disposalPath(declared), auctionBody(declared,
                Instant.now().plus(Duration.ofDays(2)))).body();
        long listingId = started.get("disposal").get("listingId").asLong();
        long dealId = 900_000_000L + listingId;
        DealClosed event = new DealClosed(dealId, listingId, loan.patent().getId(), loan.patent().getKind(), "G",
                "C", Money.of("300000.00"), recovery.today(), ListingType.DISPOSAL_SALE);

        assertThat(disposals.recordSale(event)).isPresent();
        JsonNode first = bank.get(casePath(declared)).body();
        assertThat(disposals.recordSale(event)).isEmpty();
        JsonNode second = bank.get(casePath(declared)).body();

        assertThat(first.get("status").asString()).isEqualTo("CLOSED");
        assertThat(first.get("proceeds").asString()).isEqualTo("300000.00");
        assertThat(first.get("claims").get(0).get("recovered").asString()).isEqualTo("300000.00");
        assertThat(second.get("version").asLong()).isEqualTo(first.get("version").asLong());
        assertThat(second.get("events")).hasSameSizeAs(first.get("events"));
        assertThat(second.get("claims").get(0).get("recovered").asString()).isEqualTo("300000.00");
    }

    @Test
    void rejectedListingMayBeListedAgain() {
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("重新挂牌", "DIRECT_PLEDGE", null,
                LocalDate.of(2025, 3, 24));
        ApiClient bank = client(loan.bank());
        JsonNode declared = declare(bank, loan);
        JsonNode started = bank.post(disposalPath(declared), auctionBody(declared,
                Instant.now().plus(Duration.ofDays(2)))).body();
        long firstListing = started.get("disposal").get("listingId").asLong();

        Response whilePending = bank.post(disposalPath(started), auctionBody(started,
                Instant.now().plus(Duration.ofDays(2))));
        ApiClient operator = client(createOperator());
        long listingVersion = operator.get("/api/v1/market/listings/" + firstListing).body().get("version").asLong();
        Response rejected = operator.post("/api/v1/operator/market/listings/" + firstListing + "/rejection",
                Map.of("version", listingVersion, "note", "处置说明过于简单，请补充技术要点"));
        JsonNode afterRejection = bank.get(casePath(declared)).body();
        Response relisted = bank.post(disposalPath(afterRejection), auctionBody(afterRejection,
                Instant.now().plus(Duration.ofDays(2))));

        assertThat(whilePending.status()).isEqualTo(409);
        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(200);
        assertThat(afterRejection.get("disposal").get("listingStatus").asString()).isEqualTo("REJECTED");
        assertThat(relisted.status()).as(relisted.raw()).isEqualTo(200);
        assertThat(relisted.body().get("status").asString()).isEqualTo("DISPOSING");
        assertThat(relisted.body().get("disposal").get("listingId").asLong()).isNotEqualTo(firstListing);
        assertThat(relisted.body().get("disposal").get("listingStatus").asString()).isEqualTo("PENDING_REVIEW");
    }

    @Test
    void dealOnOtherListingIsIgnored() {
        DealClosed elsewhere = new DealClosed(Long.MAX_VALUE - 1, Long.MAX_VALUE - 1, 1L, null, null, null,
                Money.of("1000.00"), recovery.today(), ListingType.DISPOSAL_SALE);

        assertThat(disposals.recordSale(elsewhere)).isEmpty();
    }

    @Test
    void invalidAuctionTermsNameEachField() {
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("处置校验", "DIRECT_PLEDGE", null,
                LocalDate.of(2025, 3, 16));
        ApiClient bank = client(loan.bank());
        JsonNode declared = declare(bank, loan);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", declared.get("version").asLong());
        body.put("priceMode", "AUCTION");
        body.put("startPrice", new BigDecimal("100000"));
        body.put("increment", new BigDecimal("0"));
        body.put("reservePrice", new BigDecimal("90000"));
        body.put("deposit", new BigDecimal("20000.555"));
        body.put("endsAt", Instant.now().minus(Duration.ofHours(1)).toString());
        body.put("description", "处置");

        Response rejected = bank.post(disposalPath(declared), body);
        Response noMode = bank.post(disposalPath(declared), Map.of("version", declared.get("version").asLong(),
                "description", "处置"));

        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(400);
        assertThat(messages(rejected)).containsEntry("deposit", "金额最多两位小数，例如 120000.00。");
        rejected = bank.post(disposalPath(declared), Map.of("version", declared.get("version").asLong(),
                "priceMode", "AUCTION", "startPrice", 100000, "increment", 0, "reservePrice", 90000,
                "deposit", 20000, "endsAt", Instant.now().minus(Duration.ofHours(1)).toString(),
                "description", "处置"));
        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(400);
        Map<String, String> byField = messages(rejected);
        assertThat(byField.get("increment")).contains("加价幅度");
        assertThat(byField.get("reservePrice")).contains("保留价不能低于起拍价");
        assertThat(byField.get("endsAt")).contains("竞价结束时间");
        assertThat(noMode.status()).isEqualTo(400);
        assertThat(messages(noMode).get("priceMode")).isEqualTo("请选择处置方式：挂牌价出售或拍卖。");
        assertThat(bank.get(casePath(declared)).body().get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void otherBankCannotDisposeOrReadCase() {
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("处置隔离", "DIRECT_PLEDGE", null,
                LocalDate.of(2025, 3, 18));
        JsonNode declared = declare(client(loan.bank()), loan);
        Member otherBank = verifiedMember("BANK", "处置隔离测试另一银行");
        ApiClient stranger = client(otherBank);

        Response foreign = stranger.post(disposalPath(declared), auctionBody(declared,
                Instant.now().plus(Duration.ofDays(2))));
        Response investorTry = client(verifiedMember("INVESTOR", "处置隔离测试投资有限公司"))
                .post(disposalPath(declared), auctionBody(declared, Instant.now().plus(Duration.ofDays(2))));

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(investorTry.status()).isEqualTo(403);
        assertThat(stranger.get(casePath(declared)).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/recovery/cases").body().findValuesAsString("loanId"))
                .doesNotContain(String.valueOf(loan.id()));
        JsonNode unchanged = client(loan.bank()).get(casePath(declared)).body();
        assertThat(unchanged.get("status").asString()).isEqualTo("OPEN");
        assertThat(unchanged.get("disposal").isNull()).isTrue();
    }

    @Test
    void openApiDescribesDisposalRequest() {
        Response docs = api().get("/v3/api-docs");

        assertThat(docs.status()).as(docs.raw()).isEqualTo(200);
        JsonNode schemas = docs.body().get("components").get("schemas");
        JsonNode request = schemas.get("RecoveryDisposalRequest").get("properties");
        assertThat(request.has("priceMode")).isTrue();
        assertThat(request.has("startPrice")).isTrue();
        assertThat(request.has("endsAt")).isTrue();
        assertThat(schemas.get("RecoveryStepRequest").get("properties").has("listingReference")).isFalse();
        assertThat(schemas.get("RecoveryCaseView").get("properties").has("disposal")).isTrue();
    }

    private JsonNode declare(ApiClient bank, LoanFixture.Loan loan) {
        Response declared = bank.post("/api/v1/recovery/cases", Map.of("loanId", loan.id(),
                "reason", "逾期超过九十天，催收无果"));
        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        return declared.body();
    }

    private static Map<String, Object> auctionBody(JsonNode defaultCase, Instant endsAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", defaultCase.get("version").asLong());
        body.put("priceMode", "AUCTION");
        body.put("startPrice", new BigDecimal("300000"));
        body.put("increment", new BigDecimal("10000"));
        body.put("reservePrice", new BigDecimal("350000"));
        body.put("deposit", new BigDecimal("30000"));
        body.put("endsAt", endsAt.toString());
        body.put("industryCode", "C");
        body.put("description", "违约贷款质押发明专利司法外处置拍卖。");
        return body;
    }

    private static Map<String, String> messages(Response response) {
        Map<String, String> byField = new HashMap<>();
        response.body().get("errors").forEach(error -> byField.putIfAbsent(error.get("field").asString(),
                error.get("message").asString()));
        return byField;
    }

    /** Reads the case until the listener, which runs after the contract commits, has closed it. */
    private static JsonNode awaitClosed(ApiClient bank, long caseId) {
        for (int attempt = 0; attempt < 100; attempt++) {
            JsonNode found = bank.get("/api/v1/recovery/cases/" + caseId).body();
            if (found.get("status").asString().equals("CLOSED")) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for case " + caseId, e);
            }
        }
        throw new AssertionError("Case " + caseId + " not closed after 10 seconds");
    }

    private static String casePath(JsonNode defaultCase) {
        return "/api/v1/recovery/cases/" + defaultCase.get("id").asLong();
    }

    private static String disposalPath(JsonNode defaultCase) {
        return casePath(defaultCase) + "/disposal";
    }

    private static JsonNode claimStep(ApiClient client, JsonNode defaultCase, String party, String step,
            Map<String, Object> fields) {
        JsonNode claim = defaultCase.get("claims").valueStream()
                .filter(node -> node.get("party").asString().equals(party)).findFirst().orElseThrow();
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", claim.get("version").asLong());
        Response response = client.post("/api/v1/recovery/claims/" + claim.get("id").asLong() + "/" + step, body);
        assertThat(response.status()).as(party + " " + step + ": " + response.raw()).isEqualTo(200);
        return response.body();
    }

}
