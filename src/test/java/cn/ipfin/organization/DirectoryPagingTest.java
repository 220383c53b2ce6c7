package cn.ipfin.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pages through the member directory, filtered by a name part unique to this test: 21 members, two pages. */
class DirectoryPagingTest extends IntegrationTest {

    private String token;

    @BeforeEach
    void registerMembers() {
        token = "翻页" + TestData.uniqueUsername("d").replaceAll("[^0-9]", "");
        for (int i = 0; i < 21; i++) {
            verifiedMember("ENTERPRISE", String.format("%s%02d科技有限公司", token, i));
        }
    }

    @Test
    void firstPageHasNoPreviousLink() throws Exception {
        HttpResponse<String> response = page(0);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(token + "00科技有限公司").doesNotContain(token + "20科技有限公司");
        assertThat(response.body()).doesNotContain("page=-1").contains("page=1");
    }

    @Test
    void lastPageHasNoNextLink() throws Exception {
        HttpResponse<String> response = page(1);

        assertThat(response.body()).contains(token + "20科技有限公司");
        assertThat(response.body()).doesNotContain("page=2").contains("page=0");
    }

    @Test
    void pagePastTheEndShowsTheLastPage() throws Exception {
        HttpResponse<String> response = page(7);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(token + "20科技有限公司").contains("page=0");
    }

    private HttpResponse<String> page(int page) throws Exception {
        return PageClient.anonymous(port).get("/members?name=" + PageClient.encode(token) + "&page=" + page);
    }
}
