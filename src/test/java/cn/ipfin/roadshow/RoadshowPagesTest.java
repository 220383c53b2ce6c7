package cn.ipfin.roadshow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;

/** Who may open the roadshow pages, and what the matchmaking page shows an investor. */
class RoadshowPagesTest extends IntegrationTest {

    @Test
    void publicPagesOpenWithoutSignIn() throws Exception {
        PageClient anonymous = PageClient.anonymous(port);

        assertThat(anonymous.get("/roadshow").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/roadshow?stage=SERIES_A&industry=C&method=EQUITY").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/roadshow/events").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/roadshow/projects/987654321").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/roadshow/projects/new").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/roadshow/mine").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/operator/roadshow").statusCode()).isEqualTo(302);
    }

    @Test
    void enterpriseCannotOpenAnotherEnterprisesDraft() throws Exception {
        Member owner = verifiedMember("ENTERPRISE", "页面草稿所有者有限公司" + TestData.uniqueUsername(""));
        Member other = verifiedMember("ENTERPRISE", "页面草稿旁观者有限公司" + TestData.uniqueUsername(""));
        long draft = api().signedInAs(owner.username(), TestData.PASSWORD).post("/api/v1/roadshow/projects",
                RoadshowFixtures.project("页面草稿项目", List.of())).body().get("id").asLong();
        PageClient otherPages = PageClient.signedIn(port, other.username());
        PageClient ownerPages = PageClient.signedIn(port, owner.username());

        assertThat(otherPages.get("/roadshow/projects/" + draft).statusCode()).isEqualTo(404);
        assertThat(otherPages.get("/roadshow/projects/" + draft + "/edit").statusCode()).isEqualTo(404);
        assertThat(otherPages.postForm("/roadshow/projects/" + draft + "/edit", "title=x&version=0").statusCode())
                .isEqualTo(404);
        assertThat(ownerPages.get("/roadshow/projects/" + draft + "/edit").body()).contains("页面草稿项目");
        assertThat(ownerPages.get("/roadshow/mine").body()).contains("页面草稿项目", "草稿");
    }

    @Test
    void investorSeesRankedProjectsWithReasons() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "页面撮合测试有限公司" + TestData.uniqueUsername(""));
        Member investor = verifiedMember("INVESTOR", "页面撮合创投" + TestData.uniqueUsername(""));
        String title = "页面撮合项目" + TestData.uniqueUsername("");
        RoadshowFixtures.publishedProject(api().signedInAs(enterprise.username(), TestData.PASSWORD),
                api().signedInAs(createOperator(), TestData.PASSWORD), RoadshowFixtures.project(title, List.of()));
        PageClient pages = PageClient.signedIn(port, investor.username());

        var saved = pages.postForm("/roadshow/preferences", "industries=C&stages=SERIES_A&minTicket=10000000"
                + "&maxTicket=40000000");
        String body = pages.get("/roadshow/matches").body();

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(body).contains(title, "匹配度 100 分", "项目所属行业（制造业）在投资方关注的行业内");
        assertThat(pages.postForm("/roadshow/preferences", "minTicket=abc").statusCode()).isEqualTo(302);
        assertThat(pages.get("/roadshow/matches").body()).contains("“abc”不是有效的金额");
    }

    @Test
    void enterpriseCannotReachReviewQueue() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "页面审核越权有限公司" + TestData.uniqueUsername(""));

        assertThat(PageClient.signedIn(port, enterprise.username()).get("/operator/roadshow").statusCode())
                .isEqualTo(403);
    }
}
