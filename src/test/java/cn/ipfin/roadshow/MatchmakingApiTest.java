package cn.ipfin.roadshow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MatchmakingApiTest extends IntegrationTest {

    @Test
    void ranksProjectsForInvestorWithChineseReasons() {
        Member enterprise = verifiedMember("ENTERPRISE", "撮合测试科技有限公司" + TestData.uniqueUsername(""));
        Member investor = verifiedMember("INVESTOR", "撮合测试创投" + TestData.uniqueUsername(""));
        ApiClient enterpriseClient = signIn(enterprise.username());
        ApiClient operator = signIn(createOperator());
        Map<String, Object> fitting = RoadshowFixtures.project("契合项目" + TestData.uniqueUsername(""), List.of());
        Map<String, Object> distant = RoadshowFixtures.project("远离项目" + TestData.uniqueUsername(""), List.of());
        distant.put("industry", "M");
        distant.put("stage", "PRE_IPO");
        distant.put("amountSought", "90000000");
        long fittingId = RoadshowFixtures.publishedProject(enterpriseClient, operator, fitting);
        long distantId = RoadshowFixtures.publishedProject(enterpriseClient, operator, distant);
        ApiClient investorClient = signIn(investor.username());

        ApiClient.Response saved = investorClient.put("/api/v1/roadshow/preferences", Map.of("industries", List.of("C"),
                "stages", List.of("SERIES_A"), "minTicket", "10000000", "maxTicket", "40000000"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        JsonNode matches = investorClient.get("/api/v1/roadshow/matches/projects").body();

        List<Long> ids = matches.findValues("id").stream().map(JsonNode::asLong).toList();
        assertThat(ids.indexOf(fittingId)).isLessThan(ids.indexOf(distantId));
        JsonNode best = match(matches, fittingId);
        assertThat(best.get("score").asInt()).isEqualTo(100);
        assertThat(best.get("parts").get(0).get("reason").asString()).isEqualTo("项目所属行业（制造业）在投资方关注的行业内");
        assertThat(best.get("parts").get(2).get("reason").asString())
                .isEqualTo("融资金额 30,000,000.00 元在单笔投资区间 10,000,000.00 – 40,000,000.00 元内");
        assertThat(match(matches, distantId).get("score").asInt()).isZero();
    }

    @Test
    void ranksInvestorsForOwnProjectOnly() {
        Member enterprise = verifiedMember("ENTERPRISE", "反向撮合测试有限公司" + TestData.uniqueUsername(""));
        Member other = verifiedMember("ENTERPRISE", "旁观企业测试有限公司" + TestData.uniqueUsername(""));
        Member investor = verifiedMember("INVESTOR", "反向撮合创投" + TestData.uniqueUsername(""));
        ApiClient enterpriseClient = signIn(enterprise.username());
        long id = RoadshowFixtures.publishedProject(enterpriseClient, signIn(createOperator()),
                RoadshowFixtures.project("反向撮合", List.of()));
        signIn(investor.username()).put("/api/v1/roadshow/preferences", Map.of("industries", List.of("C"),
                "stages", List.of("SERIES_B"), "minTicket", "10000000", "maxTicket", "20000000"));

        JsonNode ranked = enterpriseClient.get("/api/v1/roadshow/projects/" + id + "/matches").body();

        JsonNode entry = match(ranked, investor.organizationId());
        // Industry 40, stage A next to B 15, 30,000,000 within twice the maximum of 20,000,000 15.
        assertThat(entry.get("score").asInt()).isEqualTo(70);
        assertThat(signIn(other.username()).get("/api/v1/roadshow/projects/" + id + "/matches").status())
                .isEqualTo(403);
    }

    @Test
    void minimumAboveMaximumIsRejected() {
        Member investor = verifiedMember("INVESTOR", "区间校验创投" + TestData.uniqueUsername(""));

        ApiClient.Response response = signIn(investor.username()).put("/api/v1/roadshow/preferences",
                Map.of("minTicket", "5000000", "maxTicket", "1000000"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("minTicket");
    }

    private static JsonNode match(JsonNode matches, long id) {
        for (JsonNode match : matches) {
            if (match.get("id").asLong() == id) {
                return match;
            }
        }
        throw new AssertionError("No match with id " + id + " in " + matches);
    }

    private ApiClient signIn(String username) {
        return api().signedInAs(username, TestData.PASSWORD);
    }
}
