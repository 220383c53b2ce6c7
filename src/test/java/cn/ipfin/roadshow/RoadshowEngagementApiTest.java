package cn.ipfin.roadshow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RoadshowEngagementApiTest extends IntegrationTest {

    @Test
    void investorAsksAndEnterpriseAnswersInPublic() {
        Member enterprise = verifiedMember("ENTERPRISE", "问答测试科技有限公司" + TestData.uniqueUsername(""));
        Member investor = verifiedMember("INVESTOR", "问答测试创投基金" + TestData.uniqueUsername(""));
        ApiClient enterpriseClient = signIn(enterprise.username());
        long id = RoadshowFixtures.publishedProject(enterpriseClient, signIn(createOperator()),
                RoadshowFixtures.project("问答项目", List.of()));

        ApiClient investorClient = signIn(investor.username());
        ApiClient.Response asked = investorClient.post("/api/v1/roadshow/projects/" + id + "/questions",
                Map.of("text", "目前的毛利率是多少？"));
        assertThat(asked.status()).as(asked.raw()).isEqualTo(201);
        long questionId = asked.body().get("id").asLong();
        ApiClient.Response answered = enterpriseClient.post("/api/v1/roadshow/questions/" + questionId + "/answer",
                Map.of("text", "2025 年毛利率 38%。"));
        assertThat(answered.status()).as(answered.raw()).isEqualTo(200);

        ApiClient.Response thread = api().get("/api/v1/roadshow/projects/" + id + "/questions");
        assertThat(thread.body().get(0).get("askerOrganization").asString()).isEqualTo(investor.organizationName());
        assertThat(thread.body().get(0).get("answer").asString()).isEqualTo("2025 年毛利率 38%。");
        ApiClient.Response twice = enterpriseClient.post("/api/v1/roadshow/questions/" + questionId + "/answer",
                Map.of("text", "再答"));
        assertThat(twice.status()).isEqualTo(409);
        JsonNode notice = investorClient.get("/api/v1/notifications").body().get(0);
        assertThat(notice.get("category").asString()).isEqualTo("roadshow.question-answered");
        assertThat(notice.get("text").asString()).isEqualTo("您在路演项目“问答项目”提出的问题已获回答");
        assertThat(notice.get("link").asString()).isEqualTo("/roadshow/projects/" + id);
    }

    @Test
    void onlyProjectOwnerAnswers() {
        Member enterprise = verifiedMember("ENTERPRISE", "答题归属测试有限公司" + TestData.uniqueUsername(""));
        Member other = verifiedMember("ENTERPRISE", "代答测试有限公司" + TestData.uniqueUsername(""));
        Member investor = verifiedMember("INVESTOR", "答题归属创投" + TestData.uniqueUsername(""));
        long id = RoadshowFixtures.publishedProject(signIn(enterprise.username()), signIn(createOperator()),
                RoadshowFixtures.project("归属项目", List.of()));
        long questionId = signIn(investor.username()).post("/api/v1/roadshow/projects/" + id + "/questions",
                Map.of("text", "团队规模？")).body().get("id").asLong();

        ApiClient.Response answered = signIn(other.username()).post("/api/v1/roadshow/questions/" + questionId
                + "/answer", Map.of("text", "冒答"));

        assertThat(answered.status()).isEqualTo(403);
    }

    @Test
    void interestIsPrivateToEnterpriseAndItsInvestor() {
        Member enterprise = verifiedMember("ENTERPRISE", "意向保密测试有限公司" + TestData.uniqueUsername(""));
        Member first = verifiedMember("INVESTOR", "甲创投基金" + TestData.uniqueUsername(""));
        Member second = verifiedMember("INVESTOR", "乙创投基金" + TestData.uniqueUsername(""));
        ApiClient enterpriseClient = signIn(enterprise.username());
        long id = RoadshowFixtures.publishedProject(enterpriseClient, signIn(createOperator()),
                RoadshowFixtures.project("意向项目", List.of()));
        ApiClient firstClient = signIn(first.username());
        ApiClient secondClient = signIn(second.username());

        ApiClient.Response interest = firstClient.post("/api/v1/roadshow/projects/" + id + "/interests",
                Map.of("intendedAmount", "5000000", "message", "拟领投 500 万元"));
        assertThat(interest.status()).as(interest.raw()).isEqualTo(201);
        long interestId = interest.body().get("id").asLong();
        secondClient.post("/api/v1/roadshow/projects/" + id + "/interests", Map.of("message", "希望了解更多"));

        assertThat(enterpriseClient.get("/api/v1/roadshow/projects/" + id + "/interests").body()
                .findValuesAsString("investorOrganizationName"))
                .containsExactlyInAnyOrder(first.organizationName(), second.organizationName());
        assertThat(secondClient.get("/api/v1/roadshow/projects/" + id + "/interests").body()
                .findValuesAsString("investorOrganizationName")).containsExactly(second.organizationName());
        assertThat(secondClient.get("/api/v1/roadshow/interests/" + interestId).status()).isEqualTo(404);
        assertThat(firstClient.get("/api/v1/roadshow/interests/" + interestId).body().get("intendedAmount")
                .decimalValue()).isEqualByComparingTo("5000000");
        assertThat(api().get("/api/v1/roadshow/projects/" + id + "/interests").status()).isIn(401, 403);
    }

    @Test
    void enterpriseAcceptsMeetingWithTime() {
        Member enterprise = verifiedMember("ENTERPRISE", "约见测试有限公司" + TestData.uniqueUsername(""));
        Member investor = verifiedMember("INVESTOR", "约见测试创投" + TestData.uniqueUsername(""));
        ApiClient enterpriseClient = signIn(enterprise.username());
        long id = RoadshowFixtures.publishedProject(enterpriseClient, signIn(createOperator()),
                RoadshowFixtures.project("约见项目", List.of()));
        ApiClient investorClient = signIn(investor.username());
        ApiClient.Response requested = investorClient.post("/api/v1/roadshow/projects/" + id + "/meetings",
                Map.of("text", "下周二下午到访工厂"));
        long meetingId = requested.body().get("id").asLong();
        String path = "/api/v1/roadshow/meetings/" + meetingId + "/decision?version=0";

        ApiClient.Response noTime = enterpriseClient.post(path, Map.of("accept", true));
        assertThat(noTime.status()).isEqualTo(400);
        assertThat(noTime.body().get("errors").get(0).get("field").asString()).isEqualTo("meetingAt");
        assertThat(investorClient.post(path, Map.of("accept", true)).status()).isEqualTo(403);

        Instant meetingAt = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        ApiClient.Response accepted = enterpriseClient.post(path, Map.of("accept", true,
                "meetingAt", meetingAt.toString(), "reply", "欢迎"));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat(accepted.body().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(Instant.parse(accepted.body().get("meetingAt").asString())).isEqualTo(meetingAt);
        assertThat(enterpriseClient.post("/api/v1/roadshow/meetings/" + meetingId + "/decision?version="
                + accepted.body().get("version").asLong(), Map.of("accept", false)).status()).isEqualTo(409);
        JsonNode notice = investorClient.get("/api/v1/notifications").body().get(0);
        assertThat(notice.get("category").asString()).isEqualTo("roadshow.meeting-accepted");
        assertThat(notice.get("text").asString()).startsWith("路演项目“约见项目”的企业接受了您的约见，时间 ");
    }

    @Test
    void followIsIdempotent() {
        Member enterprise = verifiedMember("ENTERPRISE", "关注测试有限公司" + TestData.uniqueUsername(""));
        Member investor = verifiedMember("INVESTOR", "关注测试创投" + TestData.uniqueUsername(""));
        long id = RoadshowFixtures.publishedProject(signIn(enterprise.username()), signIn(createOperator()),
                RoadshowFixtures.project("关注项目", List.of()));
        ApiClient investorClient = signIn(investor.username());

        assertThat(investorClient.post("/api/v1/roadshow/projects/" + id + "/follow", Map.of()).status())
                .isEqualTo(204);
        assertThat(investorClient.post("/api/v1/roadshow/projects/" + id + "/follow", Map.of()).status())
                .isEqualTo(204);
        assertThat(signIn(enterprise.username()).post("/api/v1/roadshow/projects/" + id + "/follow", Map.of())
                .status()).isEqualTo(403);
    }

    private ApiClient signIn(String username) {
        return api().signedInAs(username, TestData.PASSWORD);
    }
}
