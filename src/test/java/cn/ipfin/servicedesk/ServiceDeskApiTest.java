package cn.ipfin.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import cn.ipfin.core.calendar.WorkingDayCalendarService;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ServiceDeskApiTest extends IntegrationTest {

    @Autowired
    WorkingDayCalendarService calendars;

    @Autowired
    ServiceDeskService desk;

    @Test
    void ticketRunsThroughItsLifecycle() {
        Member enterprise = verifiedMember("ENTERPRISE", "工单流程测试有限公司" + TestData.uniqueUsername(""));
        ApiClient requester = signIn(enterprise.username());
        String operatorName = createOperator();
        ApiClient operator = signIn(operatorName);

        JsonNode ticket = requester.post("/api/v1/service-desk/tickets", webTicket("POLICY")).body();
        long id = ticket.get("id").asLong();
        assertThat(ticket.get("status").asString()).isEqualTo("NEW");
        LocalDate today = desk.today();
        assertThat(LocalDate.parse(ticket.get("dueOn").asString()))
                .isEqualTo(calendars.calendar().plusWorkingDays(today, 3));
        assertThat(ticket.get("slaBreached").asBoolean()).isFalse();

        ticket = step(operator, id, "assign", ticket, Map.of("assignee", operatorName));
        assertThat(ticket.get("status").asString()).isEqualTo("ASSIGNED");
        JsonNode notice = requester.get("/api/v1/notifications").body().get(0);
        assertThat(notice.get("category").asString()).isEqualTo("servicedesk.ticket-updated");
        assertThat(notice.get("text").asString()).isEqualTo("您的服务工单 #" + id + "“无法登录”有新进展");
        assertThat(notice.get("link").asString()).isEqualTo("/service-desk/tickets/" + id);
        ticket = step(operator, id, "start", ticket, Map.of());
        assertThat(ticket.get("status").asString()).isEqualTo("IN_PROGRESS");
        ticket = step(operator, id, "resolve", ticket, Map.of());
        assertThat(ticket.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(ticket.get("resolvedOn").asString()).isEqualTo(today.toString());

        ApiClient.Response rated = requester.post("/api/v1/service-desk/tickets/" + id + "/rating",
                Map.of("rating", 5));
        assertThat(rated.body().get("rating").asInt()).isEqualTo(5);
        ticket = step(requester, id, "reopen", rated.body(), Map.of());
        assertThat(ticket.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(ticket.get("rating").isNull()).isTrue();
        ticket = step(operator, id, "start", ticket, Map.of());
        ticket = step(operator, id, "resolve", ticket, Map.of());
        ticket = step(requester, id, "close", ticket, Map.of());
        assertThat(ticket.get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void illegalTransitionsAreConflicts() {
        Member enterprise = verifiedMember("ENTERPRISE", "非法流转测试有限公司" + TestData.uniqueUsername(""));
        ApiClient requester = signIn(enterprise.username());
        ApiClient operator = signIn(createOperator());
        JsonNode ticket = requester.post("/api/v1/service-desk/tickets", webTicket("TECHNICAL")).body();
        long id = ticket.get("id").asLong();

        for (String action : new String[] {"start", "resolve", "close", "reopen"}) {
            ApiClient client = action.equals("close") || action.equals("reopen") ? requester : operator;
            ApiClient.Response response = client.post("/api/v1/service-desk/tickets/" + id + "/" + action
                    + "?version=" + ticket.get("version").asLong(), Map.of());
            assertThat(response.status()).as(action + " from NEW: " + response.raw()).isEqualTo(409);
            assertThat(response.body().get("code").asString()).isEqualTo("servicedesk.ticket.illegal-transition");
        }
        ApiClient.Response rating = requester.post("/api/v1/service-desk/tickets/" + id + "/rating",
                Map.of("rating", 4));
        assertThat(rating.status()).isEqualTo(409);
        assertThat(rating.body().get("detail").asString()).contains("NEW");
    }

    @Test
    void staleVersionIsConflict() {
        Member enterprise = verifiedMember("ENTERPRISE", "版本冲突测试有限公司" + TestData.uniqueUsername(""));
        String operatorName = createOperator();
        ApiClient operator = signIn(operatorName);
        long id = signIn(enterprise.username()).post("/api/v1/service-desk/tickets", webTicket("OTHER")).body()
                .get("id").asLong();
        operator.post("/api/v1/service-desk/tickets/" + id + "/assign?version=0", Map.of("assignee", operatorName));

        ApiClient.Response stale = operator.post("/api/v1/service-desk/tickets/" + id + "/assign?version=0",
                Map.of("assignee", operatorName));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("code").asString()).isEqualTo("concurrent.change");
    }

    @Test
    void enterpriseCannotSeeOrChangeAnotherEnterprisesTicket() {
        Member owner = verifiedMember("ENTERPRISE", "工单所有者测试有限公司" + TestData.uniqueUsername(""));
        Member other = verifiedMember("ENTERPRISE", "工单旁观者测试有限公司" + TestData.uniqueUsername(""));
        long id = signIn(owner.username()).post("/api/v1/service-desk/tickets", webTicket("ACCOUNT")).body()
                .get("id").asLong();
        ApiClient intruder = signIn(other.username());

        assertThat(intruder.get("/api/v1/service-desk/tickets/" + id).status()).isEqualTo(404);
        assertThat(intruder.post("/api/v1/service-desk/tickets/" + id + "/comments", Map.of("body", "插话"))
                .status()).isEqualTo(404);
        assertThat(intruder.post("/api/v1/service-desk/tickets/" + id + "/close?version=0", Map.of()).status())
                .isEqualTo(404);
        assertThat(intruder.get("/api/v1/service-desk/tickets").body().findValuesAsString("subject"))
                .doesNotContain("无法登录");
        assertThat(intruder.get("/api/v1/service-desk/queue").status()).isEqualTo(403);
    }

    @Test
    void operatorRecordsPhoneTicketForRequester() {
        Member enterprise = verifiedMember("ENTERPRISE", "电话受理测试有限公司" + TestData.uniqueUsername(""));
        ApiClient operator = signIn(createOperator());

        ApiClient.Response created = operator.post("/api/v1/service-desk/tickets", Map.of("channel", "PHONE",
                "category", "FINANCING", "subject", "咨询质押贷款材料", "description", "来电询问需要准备哪些材料",
                "contact", "13900001111", "requester", enterprise.username()));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("requester").asString()).isEqualTo(enterprise.username());
        assertThat(signIn(enterprise.username()).get("/api/v1/service-desk/tickets").body()
                .findValuesAsString("subject")).contains("咨询质押贷款材料");
        assertThat(operator.get("/api/v1/service-desk/queue?status=NEW").body().findValuesAsString("subject"))
                .contains("咨询质押贷款材料");
    }

    @Test
    void memberCannotFileAPhoneTicket() {
        Member enterprise = verifiedMember("ENTERPRISE", "渠道校验测试有限公司" + TestData.uniqueUsername(""));

        ApiClient.Response response = signIn(enterprise.username()).post("/api/v1/service-desk/tickets",
                Map.of("channel", "PHONE", "category", "OTHER", "subject", "", "description", "x"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").findValuesAsString("field")).containsExactly("channel", "subject");
    }

    @Test
    void ratingOutsideOneToFiveIsRejected() {
        Member enterprise = verifiedMember("ENTERPRISE", "评分校验测试有限公司" + TestData.uniqueUsername(""));
        long id = signIn(enterprise.username()).post("/api/v1/service-desk/tickets", webTicket("OTHER")).body()
                .get("id").asLong();

        ApiClient.Response response = signIn(enterprise.username()).post("/api/v1/service-desk/tickets/" + id
                + "/rating", Map.of("rating", 6));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("rating");
    }

    private static Map<String, Object> webTicket(String category) {
        return Map.of("channel", "WEB", "category", category, "subject", "无法登录", "description",
                "输入正确密码后仍提示错误");
    }

    private JsonNode step(ApiClient client, long id, String action, JsonNode current, Map<String, Object> body) {
        ApiClient.Response response = client.post("/api/v1/service-desk/tickets/" + id + "/" + action + "?version="
                + current.get("version").asLong(), body);
        assertThat(response.status()).as(action + ": " + response.raw()).isEqualTo(200);
        return response.body();
    }

    private ApiClient signIn(String username) {
        return api().signedInAs(username, TestData.PASSWORD);
    }
}
