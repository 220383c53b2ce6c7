package cn.ipfin.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;

/** Who may open the service desk, consultation and training pages, and what each of them shows. */
class ServicePagesTest extends IntegrationTest {

    @Test
    void trainingIsPublicButDeskNeedsSignIn() throws Exception {
        PageClient anonymous = PageClient.anonymous(port);

        assertThat(anonymous.get("/training").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/service-desk").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/consultations").statusCode()).isEqualTo(302);
    }

    @Test
    void enterpriseFilesTicketFromPage() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "页面工单测试有限公司" + TestData.uniqueUsername(""));
        Member other = verifiedMember("ENTERPRISE", "页面工单旁观有限公司" + TestData.uniqueUsername(""));
        PageClient pages = PageClient.signedIn(port, enterprise.username());
        String subject = "页面提交的工单" + TestData.uniqueUsername("");

        var filed = pages.postForm("/service-desk/tickets", "channel=WEB&category=POLICY&subject="
                + PageClient.encode(subject) + "&description=" + PageClient.encode("贴息申报截止时间？"));
        String desk = pages.get("/service-desk").body();

        assertThat(filed.statusCode()).isEqualTo(302);
        assertThat(desk).contains(subject, "工单已提交", "政策咨询");
        long id = api().signedInAs(enterprise.username(), TestData.PASSWORD).get("/api/v1/service-desk/tickets")
                .body().get(0).get("id").asLong();
        String ticket = pages.get("/service-desk/tickets/" + id).body();
        assertThat(ticket).contains(subject, "新建", "提交人");
        assertThat(ticket).doesNotContain("来电人或来访人用户名");
        assertThat(ticket).as("a ticket filed without contact details shows no contact row")
                .doesNotContain("联系方式");
        assertThat(PageClient.signedIn(port, other.username()).get("/service-desk/tickets/" + id).statusCode())
                .isEqualTo(404);
    }

    @Test
    void operatorQueueShowsDueDateAndIllegalStepMessage() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "页面队列测试有限公司" + TestData.uniqueUsername(""));
        String subject = "队列中的工单" + TestData.uniqueUsername("");
        var created = api().signedInAs(enterprise.username(), TestData.PASSWORD).post("/api/v1/service-desk/tickets",
                Map.of("channel", "MOBILE", "category", "ACCOUNT", "subject", subject, "description", "忘记密码"));
        long id = created.body().get("id").asLong();
        PageClient operator = PageClient.signedIn(port, createOperator());

        String queue = operator.get("/service-desk").body();
        var resolved = operator.postForm("/service-desk/tickets/" + id + "/transition", "version=0&action=RESOLVE");
        String ticket = operator.get("/service-desk/tickets/" + id).body();

        assertThat(queue).contains(subject, created.body().get("dueOn").asString());
        assertThat(resolved.statusCode()).isEqualTo(302);
        assertThat(ticket).contains("服务工单 " + id + " 当前状态为 NEW，不能执行 resolve");
    }

    @Test
    void enterpriseRequestsConsultationFromPage() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "页面咨询测试有限公司" + TestData.uniqueUsername(""));
        PageClient pages = PageClient.signedIn(port, enterprise.username());

        pages.postForm("/consultations", "type=MERGER_ACQUISITION&description=" + PageClient.encode("拟收购一家传感器企业"));
        String body = pages.get("/consultations").body();

        assertThat(body).contains("拟收购一家传感器企业", "并购咨询", "待分派");
    }

    @Test
    void fullCourseShowsWaitingPosition() throws Exception {
        String title = "候补页面测试课程" + TestData.uniqueUsername("");
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);
        long id = operator.post("/api/v1/training/courses", Map.of("title", title, "kind", "COURSE",
                "location", "线上", "capacity", 1, "startsAt", Instant.now().plus(5, ChronoUnit.DAYS).toString()))
                .body().get("id").asLong();
        Member first = verifiedMember("ENTERPRISE", "候补页面一有限公司" + TestData.uniqueUsername(""));
        Member second = verifiedMember("ENTERPRISE", "候补页面二有限公司" + TestData.uniqueUsername(""));
        ApiClient firstApi = api().signedInAs(first.username(), TestData.PASSWORD);
        firstApi.post("/api/v1/training/courses/" + id + "/registration", Map.of());
        PageClient pages = PageClient.signedIn(port, second.username());

        var joined = pages.postForm("/training/courses/" + id + "/registration", "register=true");
        String waiting = pages.get("/training").body();
        firstApi.delete("/api/v1/training/courses/" + id + "/registration");
        String promoted = pages.get("/training").body();

        assertThat(joined.statusCode()).isEqualTo(302);
        assertThat(waiting).contains("名额已满，已登记候补，当前第 1 位", "候补第 1 位", "退出候补");
        assertThat(promoted).doesNotContain("候补第 1 位");
        assertThat(promoted).contains("已报名");
    }
}
