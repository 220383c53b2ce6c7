package cn.ipfin.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.LoanFixture;
import cn.ipfin.support.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The disposal form on the case page: field messages in Chinese, and no way in for another bank. */
class DisposalPagesTest extends IntegrationTest {

    @Autowired
    private IpAssetService assets;

    @Test
    void poolPageGroupsAmounts() throws Exception {
        Member government = verifiedMember("GOVERNMENT", "资金池页面测试知识产权局");
        ApiClient.Response contribution = api().signedInAs(government.username(), cn.ipfin.support.TestData.PASSWORD)
                .post("/api/v1/recovery/pool/contributions", Map.of("amount", "1234567.89", "entryDate",
                        "2026-01-05", "reference", "资金池页面测试"));

        String page = PageClient.signedIn(port, government.username()).get("/recovery/pool").body();

        assertThat(contribution.status()).as(contribution.raw()).isIn(200, 201);
        assertThat(page).contains(">1,234,567.89<").doesNotContain(">1234567.89<");
    }

    @Test
    void makerWaitsForChecker() throws Exception {
        Member guarantor = verifiedMember("GUARANTOR", "经办复核页面测试融资担保有限公司");
        String checker = addColleague(guarantor, cn.ipfin.identity.Role.GUARANTOR);
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("经办复核页面", "TECH_GUARANTOR", guarantor,
                LocalDate.of(2025, 5, 22));
        JsonNode declared = declare(loan);
        JsonNode claim = null;
        for (JsonNode candidate : declared.get("claims")) {
            if (candidate.get("party").asString().equals("GUARANTOR")) {
                claim = candidate;
            }
        }
        long caseId = declared.get("id").asLong();
        api().signedInAs(guarantor.username(), cn.ipfin.support.TestData.PASSWORD).post("/api/v1/recovery/claims/"
                + claim.get("id").asLong() + "/recommendation", Map.of("version", claim.get("version").asLong()));

        String makerPage = PageClient.signedIn(port, guarantor.username()).get("/recovery/" + caseId).body();
        String checkerPage = PageClient.signedIn(port, checker).get("/recovery/" + caseId).body();

        assertThat(makerPage).contains("data-testid=\"awaiting-checker\"", "已经办，等待本机构另一位用户复核")
                .doesNotContain("/recovery/claims/" + claim.get("id").asLong() + "/approval");
        assertThat(checkerPage).contains("/recovery/claims/" + claim.get("id").asLong() + "/approval")
                .doesNotContain("data-testid=\"awaiting-checker\"");
    }

    @Test
    void invalidDisposalFormShowsFieldMessages() throws Exception {
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("处置表单", "DIRECT_PLEDGE", null,
                LocalDate.of(2025, 3, 20));
        long caseId = declare(loan).get("id").asLong();
        PageClient bank = PageClient.signedIn(port, loan.bank().username());

        HttpResponse<String> posted = bank.postForm("/recovery/" + caseId + "/disposal", "version=0&priceMode=AUCTION"
                + "&startPrice=abc&increment=5000&deposit=20000&endsAt=2020-01-01T10:00&description=");
        String page = bank.get("/recovery/" + caseId).body();

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(page).contains("处置信息有误，请按各项提示修改后重新提交。");
        assertThat(page).contains("请输入数字金额，例如 1000000.00。");
        assertThat(page).contains("竞价结束时间须晚于当前时间和开始时间。");
        assertThat(page).contains("请填写项目说明（1 到 2000 字）。");
        assertThat(page).contains("value=\"abc\"");
        assertThat(page).contains("损失分担中");
    }

    @Test
    void badAuctionTermsShowFieldMessages() throws Exception {
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("处置字段校验", "DIRECT_PLEDGE", null,
                LocalDate.of(2025, 3, 21));
        long caseId = declare(loan).get("id").asLong();
        PageClient bank = PageClient.signedIn(port, loan.bank().username());

        bank.postForm("/recovery/" + caseId + "/disposal", "version=0&priceMode=AUCTION&startPrice=-100"
                + "&increment=0&reservePrice=abc&deposit=20000&endsAt=2020-01-01T10:00&description="
                + PageClient.encode("处置字段校验"));
        String page = bank.get("/recovery/" + caseId).body();

        assertThat(fieldError(page, "startPrice")).as(page).isEqualTo("起拍价须为大于 0 的金额（元），最多两位小数。");
        assertThat(fieldError(page, "increment")).isEqualTo("加价幅度须为大于 0 的金额（元）。");
        assertThat(fieldError(page, "reservePrice")).isEqualTo("请输入数字金额，例如 1000000.00。");
        assertThat(fieldError(page, "endsAt")).isEqualTo("竞价结束时间须晚于当前时间和开始时间。");
    }

    @Test
    void disposalFormWaitsUntilEveryClaimIsSettled() throws Exception {
        Member guarantor = verifiedMember("GUARANTOR", "处置等待分担测试融资担保有限公司");
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("处置等待分担", "TECH_GUARANTOR", guarantor,
                LocalDate.of(2025, 3, 23));
        long caseId = declare(loan).get("id").asLong();
        PageClient bank = PageClient.signedIn(port, loan.bank().username());

        String page = bank.get("/recovery/" + caseId).body();

        assertThat(page).contains("还有分担申请未支付或未拒绝，全部处理完毕后才能启动处置。");
        assertThat(page).doesNotContain("data-testid=\"disposal-form\"");
    }

    @Test
    void caseAmountsAreGroupedWithUnits() throws Exception {
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("处置金额格式", "DIRECT_PLEDGE", null,
                LocalDate.of(2025, 3, 24));
        long caseId = declare(loan).get("id").asLong();
        PageClient bank = PageClient.signedIn(port, loan.bank().username());

        String detail = bank.get("/recovery/" + caseId).body();
        HttpResponse<String> list = bank.get("/recovery");

        Matcher loss = Pattern.compile("data-testid=\"loss-amount\">([^<]*)<").matcher(detail);
        assertThat(loss.find()).as(detail).isTrue();
        assertThat(loss.group(1)).matches("\\d{1,3}(,\\d{3})+\\.\\d{2}");
        assertThat(detail).contains("宣告违约日期", "未还本金（元）", "损失金额（元）", "已回收金额（元）");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("宣告违约日期", loss.group(1));
    }

    @Test
    void otherBankCannotOpenOrDisposeCase() throws Exception {
        LoanFixture.Loan loan = new LoanFixture(this, assets).disbursed("处置页面隔离", "DIRECT_PLEDGE", null,
                LocalDate.of(2025, 3, 22));
        long caseId = declare(loan).get("id").asLong();
        Member otherBank = verifiedMember("BANK", "处置页面隔离测试另一银行");
        PageClient stranger = PageClient.signedIn(port, otherBank.username());

        HttpResponse<String> read = stranger.get("/recovery/" + caseId);
        HttpResponse<String> disposed = stranger.postForm("/recovery/" + caseId + "/disposal",
                "version=0&priceMode=FIXED&askingPrice=500000&description=" + PageClient.encode("冒名处置"));

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(disposed.statusCode()).isEqualTo(404);
        JsonNode unchanged = api().signedInAs(loan.bank().username(), cn.ipfin.support.TestData.PASSWORD)
                .get("/api/v1/recovery/cases/" + caseId).body();
        assertThat(unchanged.get("status").asString()).isEqualTo("OPEN");
        assertThat(unchanged.get("disposal").isNull()).isTrue();
    }

    /** Returns the message shown under a field of the disposal form, or null when there is none. */
    private static String fieldError(String page, String field) {
        Matcher matcher = Pattern.compile("data-testid=\"error-" + field + "\"[^>]*>([^<]*)<").matcher(page);
        return matcher.find() ? matcher.group(1) : null;
    }

    private JsonNode declare(LoanFixture.Loan loan) {
        ApiClient bank = api().signedInAs(loan.bank().username(), cn.ipfin.support.TestData.PASSWORD);
        ApiClient.Response declared = bank.post("/api/v1/recovery/cases", Map.of("loanId", loan.id(),
                "reason", "逾期超过九十天"));
        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        return declared.body();
    }
}
