package cn.ipfin.loan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipfin.core.money.Money;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.loan.EarlyRepaymentRequest;
import cn.ipfin.loan.LoanPosition;
import cn.ipfin.loan.LoanQueries;
import cn.ipfin.loan.LoanServicingService;
import cn.ipfin.loan.LoanSettled;
import cn.ipfin.loan.RepaymentRecorded;
import cn.ipfin.loan.ServicingTestSupport;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * Repayments, position and early repayments of a disbursed 1,000,000 yuan, 12-month, 4.5 % equal-instalment loan
 * through the API. The figures are the hand-worked ones of LoanLedgerGoldenTest and EarlyRepaymentGoldenTest.
 */
@RecordApplicationEvents
class LoanServicingApiTest extends ServicingTestSupport {

    @Autowired
    private LoanQueries queries;

    @Autowired
    private LoanServicingService servicing;

    @Autowired
    private ApplicationEvents events;

    @Test
    void partialPaymentPaysPenaltyAndInterestFirst() {
        DisbursedLoan loan = disbursedLoan("部分还款", LocalDate.of(2026, 1, 31));

        Response paid = repay(loan, loan.lender(), "50000.00", "2026-03-10");

        assertThat(paid.status()).as(paid.raw()).isEqualTo(201);
        assertThat(paid.body().get("penalty").asString()).isEqualTo("153.05");
        assertThat(paid.body().get("interest").asString()).isEqualTo("3750.00");
        assertThat(paid.body().get("principal").asString()).isEqualTo("46096.95");
        JsonNode position = loan.applicant().get(loan.path("position?asOf=2026-03-31")).body();
        assertThat(position.get("accruedPenalty").asString()).isEqualTo("139.91");
        assertThat(position.get("daysPastDue").asInt()).isEqualTo(31);
        assertThat(position.get("installments").get(0).get("status").asString()).isEqualTo("OVERDUE");
        assertThat(position.get("installments").get(1).get("status").asString()).isEqualTo("DUE");
        assertThat(loan.applicant().get(loan.path("repayments")).body()).hasSize(1);
        assertThat(queries.interestPaid(loan.id(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10)))
                .isEqualTo(Money.of("3750.00"));
        assertThat(queries.interestPaid(loan.id(), LocalDate.of(2026, 3, 11), LocalDate.of(2026, 12, 31)))
                .isEqualTo(Money.ZERO);
    }

    @Test
    void repaymentAndSettlementArePublished() {
        DisbursedLoan loan = disbursedLoan("事件", LocalDate.of(2026, 1, 31));
        CurrentUser banker = accounts.loadUserByUsername(loan.bank().username());

        servicing.recordRepayment(loan.id(), 0, Money.of("50000.00"), LocalDate.of(2026, 3, 10), banker);
        servicing.repayEarly(loan.id(), 1, new EarlyRepaymentRequest(LocalDate.of(2026, 3, 10), true, null, null),
                banker);

        assertThat(events.stream(RepaymentRecorded.class).filter(event -> event.loanId() == loan.id()).findFirst())
                .contains(new RepaymentRecorded(loan.id(), LocalDate.of(2026, 3, 10), Money.of("46096.95"),
                        Money.of("3750.00"), Money.of("153.05")));
        assertThat(events.stream(RepaymentRecorded.class).filter(event -> event.loanId() == loan.id())).hasSize(2);
        assertThat(events.stream(LoanSettled.class).filter(event -> event.loanId() == loan.id()))
                .containsExactly(new LoanSettled(loan.id(), loan.enterprise().organizationId(),
                        loan.bank().organizationId(), LocalDate.of(2026, 3, 10), Set.of(loan.patent().getId())));
    }

    @Test
    void paymentOnDueDatesSettlesLoanAndReleasesPledge() {
        DisbursedLoan loan = disbursedLoan("按期结清", LocalDate.of(2025, 6, 16));
        JsonNode schedule = loan.lender().get(loan.path("position")).body().get("installments");
        BigDecimal interest = BigDecimal.ZERO;

        for (JsonNode installment : schedule) {
            Response paid = repay(loan, loan.lender(), installment.get("payment").asString(),
                    installment.get("dueDate").asString());
            assertThat(paid.status()).as(paid.raw()).isEqualTo(201);
            interest = interest.add(new BigDecimal(installment.get("interest").asString()));
        }

        JsonNode application = loan.applicant().get("/api/v1/loan-applications/" + loan.id()).body();
        assertThat(application.get("state").asString()).isEqualTo("SETTLED");
        assertThat(application.get("events").get(application.get("events").size() - 1).get("action").asString())
                .isEqualTo("settle");
        assertThat(api().get("/api/v1/ip-assets/" + loan.patent().getId()).body().get("pledged").asBoolean())
                .isFalse();
        assertThat(queries.interestPaid(loan.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)).amount())
                .isEqualByComparingTo(interest);
        LoanPosition position = queries.position(loan.id(), LocalDate.of(2026, 7, 1));
        assertThat(position.settlementAmount()).isEqualTo(Money.ZERO);
        assertThat(repay(loan, loan.lender(), "1.00", "2026-07-01").status()).isEqualTo(409);
    }

    @Test
    void invalidRepaymentNamesField() {
        DisbursedLoan loan = disbursedLoan("无效还款", LocalDate.of(2026, 1, 15));

        assertThat(errorFields(repay(loan, loan.lender(), "0", "2026-02-15"))).containsExactly("amount");
        assertThat(errorFields(repay(loan, loan.lender(), "-5.00", "2026-02-15"))).containsExactly("amount");
        assertThat(errorFields(repay(loan, loan.lender(), "10.001", "2026-02-15"))).containsExactly("amount");
        assertThat(errorFields(repay(loan, loan.lender(), "100.00", "2026-01-14"))).containsExactly("valueDate");
        assertThat(errorFields(repay(loan, loan.lender(), "100.00", LocalDate.now().plusDays(2).toString())))
                .containsExactly("valueDate");
        Response tooMuch = repay(loan, loan.lender(), "2000000.00", "2026-02-15");
        assertThat(errorFields(tooMuch)).containsExactly("amount");
        assertThat(tooMuch.body().get("errors").get(0).get("message").asString()).contains("结清");
        Response aboveDue = repay(loan, loan.lender(), "90000.00", "2026-02-15");
        assertThat(aboveDue.body().get("errors").get(0).get("message").asString()).contains("85378.52");
        Map<String, Object> noVersion = new HashMap<>(Map.of("amount", "100.00", "valueDate", "2026-02-15"));
        assertThat(errorFields(loan.lender().post(loan.path("repayments"), noVersion))).containsExactly("version");
    }

    @Test
    void onlyLenderBankRecordsAndStrangersSeeNothing() {
        DisbursedLoan loan = disbursedLoan("越权还款", LocalDate.of(2026, 1, 15));
        ApiClient otherBank = api().signedInAs(verifiedMember("BANK", "越权还款另一银行").username(), TestData.PASSWORD);
        ApiClient otherEnterprise = api().signedInAs(verifiedMember("ENTERPRISE", "越权还款另一企业").username(),
                TestData.PASSWORD);

        assertThat(repay(loan, loan.applicant(), "100.00", "2026-02-15").status()).isEqualTo(403);
        assertThat(repay(loan, otherBank, "100.00", "2026-02-15").status()).isEqualTo(404);
        assertThat(otherBank.get(loan.path("position")).status()).isEqualTo(404);
        assertThat(otherEnterprise.get(loan.path("repayments")).status()).isEqualTo(404);
        assertThat(otherEnterprise.post(loan.path("early-repayment-quotes"), Map.of("valueDate", "2026-02-20",
                "full", true)).status()).isEqualTo(404);
        assertThat(loan.applicant().post(loan.path("early-repayments"), Map.of("version", 0, "valueDate",
                "2026-02-20", "full", true)).status()).isEqualTo(403);
        assertThat(api().get(loan.path("position")).status()).isEqualTo(401);
        assertThat(loan.applicant().get(loan.path("position")).status()).isEqualTo(200);
    }

    @Test
    void staleVersionIsConflict() {
        DisbursedLoan loan = disbursedLoan("并发还款", LocalDate.of(2026, 1, 15));
        long version = loan.lender().get(loan.path("position")).body().get("version").asLong();

        Response first = loan.lender().post(loan.path("repayments"), Map.of("version", version, "amount", "1000.00",
                "valueDate", "2026-02-10"));
        Response second = loan.lender().post(loan.path("repayments"), Map.of("version", version, "amount", "1000.00",
                "valueDate", "2026-02-10"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(loan.lender().get(loan.path("repayments")).body()).hasSize(1);
    }

    @Test
    void earlyRepaymentQuotesAndReplacesSchedule() {
        DisbursedLoan loan = disbursedLoan("提前还款", LocalDate.of(2026, 1, 15));
        for (int month = 2; month <= 4; month++) {
            assertThat(repay(loan, loan.lender(), "85378.52", LocalDate.of(2026, month, 15).toString()).status())
                    .isEqualTo(201);
        }
        Map<String, Object> partial = Map.of("valueDate", "2026-05-05", "full", false, "principal", "300000.00",
                "option", "LOWER_INSTALLMENT");

        JsonNode lower = loan.applicant().post(loan.path("early-repayment-quotes"), partial).body();
        assertThat(lower.get("total").asString()).isEqualTo("301885.49");
        assertThat(lower.get("schedule")).hasSize(9);
        assertThat(lower.get("schedule").get(1).get("payment").asString()).isEqualTo("51417.07");

        Map<String, Object> shorter = new HashMap<>(partial);
        shorter.put("option", "SHORTER_TERM");
        shorter.put("version", loan.lender().get(loan.path("position")).body().get("version").asLong());
        Response recorded = loan.lender().post(loan.path("early-repayments"), shorter);
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
        assertThat(recorded.body().get("kind").asString()).isEqualTo("EARLY_PARTIAL");
        assertThat(recorded.body().get("interest").asString()).isEqualTo("1885.49");
        assertThat(recorded.body().get("scheduleVersion").asInt()).isEqualTo(2);
        JsonNode installments = loan.lender().get(loan.path("position?asOf=2026-05-06")).body().get("installments");
        assertThat(installments).hasSize(9);
        assertThat(installments.get(8).get("dueDate").asString()).isEqualTo("2026-10-15");
        assertThat(installments.get(8).get("payment").asString()).isEqualTo("32791.42");
        assertThat(queries.position(loan.id(), LocalDate.of(2026, 5, 6)).outstandingPrincipal())
                .isEqualTo(Money.of("454194.97"));
    }

    @Test
    void invalidEarlyRepaymentNamesField() {
        DisbursedLoan loan = disbursedLoan("无效提前", LocalDate.of(2026, 1, 15));

        Response missing = loan.lender().post(loan.path("early-repayment-quotes"), Map.of("valueDate", "2026-02-20"));
        assertThat(errorFields(missing)).containsExactlyInAnyOrder("principal", "option");
        Response tooLarge = loan.lender().post(loan.path("early-repayment-quotes"), Map.of("valueDate", "2026-02-20",
                "principal", "1000000.00", "option", "SHORTER_TERM"));
        assertThat(errorFields(tooLarge)).containsExactly("principal");
        Response early = loan.lender().post(loan.path("early-repayment-quotes"), Map.of("valueDate", "2026-01-01",
                "full", true));
        assertThat(errorFields(early)).containsExactly("valueDate");
        Response badOption = loan.lender().post(loan.path("early-repayment-quotes"), Map.of("valueDate",
                "2026-02-20", "principal", "1000.00", "option", "SOMETIMES"));
        assertThat(badOption.status()).isEqualTo(400);
    }

    @Test
    void earlyRepaymentInFullSettles() {
        DisbursedLoan loan = disbursedLoan("提前结清", LocalDate.of(2026, 1, 15));
        Map<String, Object> full = new HashMap<>(Map.of("valueDate", "2026-02-05", "full", true));

        // 21 days of interest from 2026-01-15: 1,000,000.00 × 0.045 × 21 / 360 = 2,625.00.
        JsonNode quote = loan.lender().post(loan.path("early-repayment-quotes"), full).body();
        assertThat(quote.get("accruedInterest").asString()).isEqualTo("2625.00");
        assertThat(quote.get("total").asString()).isEqualTo("1002625.00");
        full.put("version", loan.lender().get(loan.path("position")).body().get("version").asLong());
        Response recorded = loan.lender().post(loan.path("early-repayments"), full);

        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
        assertThat(recorded.body().get("kind").asString()).isEqualTo("EARLY_FULL");
        assertThat(loan.applicant().get("/api/v1/loan-applications/" + loan.id()).body().get("state").asString())
                .isEqualTo("SETTLED");
        assertThat(api().get("/api/v1/ip-assets/" + loan.patent().getId()).body().get("pledged").asBoolean())
                .isFalse();
    }

    private static Response repay(DisbursedLoan loan, ApiClient client, String amount, String valueDate) {
        Response position = loan.lender().get(loan.path("position"));
        long version = position.status() == 200 ? position.body().get("version").asLong() : 0;
        return client.post(loan.path("repayments"), Map.of("version", version, "amount", new BigDecimal(amount),
                "valueDate", valueDate));
    }

    private static List<String> errorFields(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
