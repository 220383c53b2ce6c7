package cn.ipfin.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConsultationAndTrainingApiTest extends IntegrationTest {

    @Test
    void consultationIsAssignedToLawFirmAdvisor() {
        Member enterprise = verifiedMember("ENTERPRISE", "上市辅导测试有限公司" + TestData.uniqueUsername(""));
        Member lawFirm = verifiedMember("LAW_FIRM", "辅导测试律师事务所" + TestData.uniqueUsername(""));
        Member other = verifiedMember("ENTERPRISE", "咨询旁观测试有限公司" + TestData.uniqueUsername(""));
        ApiClient requester = signIn(enterprise.username());
        ApiClient operator = signIn(createOperator());
        ApiClient advisor = signIn(lawFirm.username());

        JsonNode requested = requester.post("/api/v1/consultations", Map.of("type", "LISTING_GUIDANCE",
                "description", "计划三年内申报北交所上市")).body();
        long id = requested.get("id").asLong();
        assertThat(requested.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(signIn(other.username()).get("/api/v1/consultations/" + id).status()).isEqualTo(404);
        assertThat(advisor.get("/api/v1/consultations/" + id).status()).isEqualTo(404);

        ApiClient.Response wrongAdvisor = operator.post("/api/v1/consultations/" + id + "/assign?version=0",
                Map.of("advisor", other.username()));
        assertThat(wrongAdvisor.status()).isEqualTo(400);
        JsonNode assigned = operator.post("/api/v1/consultations/" + id + "/assign?version=0",
                Map.of("advisor", lawFirm.username())).body();
        assertThat(assigned.get("status").asString()).isEqualTo("ASSIGNED");

        ApiClient.Response progressed = advisor.post("/api/v1/consultations/" + id + "/progress?version="
                + assigned.get("version").asLong(), Map.of("status", "IN_PROGRESS", "notes", "已完成首次尽调访谈"));
        assertThat(progressed.status()).as(progressed.raw()).isEqualTo(200);
        assertThat(requester.get("/api/v1/consultations/" + id).body().get("notes").asString())
                .isEqualTo("已完成首次尽调访谈");
        assertThat(advisor.get("/api/v1/consultations").body().findValuesAsString("description"))
                .containsExactly("计划三年内申报北交所上市");
        ApiClient.Response backwards = advisor.post("/api/v1/consultations/" + id + "/progress?version="
                + progressed.body().get("version").asLong(), Map.of("status", "REQUESTED"));
        assertThat(backwards.status()).isEqualTo(409);
    }

    @Test
    void fullCourseRejectsRegistration() {
        ApiClient operator = signIn(createOperator());
        JsonNode course = operator.post("/api/v1/training/courses", Map.of("title", "知识产权质押融资实务",
                "kind", "COURSE", "location", "太原市长风街 10 号", "capacity", 1,
                "startsAt", Instant.now().plus(7, ChronoUnit.DAYS).toString())).body();
        String path = "/api/v1/training/courses/" + course.get("id").asLong() + "/registration";
        ApiClient first = signIn(verifiedMember("ENTERPRISE", "培训一测试有限公司" + TestData.uniqueUsername(""))
                .username());
        ApiClient second = signIn(verifiedMember("ENTERPRISE", "培训二测试有限公司" + TestData.uniqueUsername(""))
                .username());

        assertThat(first.post(path, Map.of()).body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(first.get("/api/v1/notifications").body().get(0).get("text").asString())
                .startsWith("您已成功报名“知识产权质押融资实务”");
        ApiClient.Response full = second.post(path, Map.of());

        assertThat(full.status()).isEqualTo(409);
        assertThat(full.body().get("detail").asString()).contains("知识产权质押融资实务");
        assertThat(api().get("/api/v1/training/courses/" + course.get("id").asLong()).body().get("registered")
                .asLong()).isEqualTo(1);
        first.delete(path);
        assertThat(second.post(path, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void anonymousVisitorReadsCoursesButCannotRegister() {
        ApiClient operator = signIn(createOperator());
        long id = operator.post("/api/v1/training/courses", Map.of("title", "科技型中小企业评价解读",
                "kind", "EVENT", "location", "线上", "capacity", 100,
                "startsAt", Instant.now().plus(3, ChronoUnit.DAYS).toString())).body().get("id").asLong();

        assertThat(api().get("/api/v1/training/courses").body().findValuesAsString("title"))
                .contains("科技型中小企业评价解读");
        assertThat(api().post("/api/v1/training/courses/" + id + "/registration", Map.of()).status())
                .isEqualTo(401);
    }

    private ApiClient signIn(String username) {
        return api().signedInAs(username, TestData.PASSWORD);
    }
}
