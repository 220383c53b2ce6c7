package cn.ipfin.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    void fullCourseQueuesAndPromotes() {
        long courseId = scheduleCourse("知识产权质押融资实务", 1);
        String path = "/api/v1/training/courses/" + courseId + "/registration";
        ApiClient first = enterpriseClient("培训一测试有限公司");
        ApiClient second = enterpriseClient("培训二测试有限公司");
        ApiClient third = enterpriseClient("培训三测试有限公司");

        assertThat(first.post(path, Map.of()).body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(first.get("/api/v1/notifications").body().get(0).get("text").asString())
                .startsWith("您已成功报名“知识产权质押融资实务”");
        ApiClient.Response secondWaits = second.post(path, Map.of());
        ApiClient.Response thirdWaits = third.post(path, Map.of());

        assertThat(secondWaits.status()).isEqualTo(200);
        assertThat(secondWaits.body().get("status").asString()).isEqualTo("WAITING");
        assertThat(secondWaits.body().get("waitingPosition").asInt()).isEqualTo(1);
        assertThat(thirdWaits.body().get("waitingPosition").asInt()).isEqualTo(2);
        assertThat(second.get("/api/v1/notifications").body().get(0).get("text").asString())
                .contains("已登记候补，当前第 1 位");
        assertThat(second.post(path, Map.of()).status()).as("a second request while waiting").isEqualTo(409);
        JsonNode course = api().get("/api/v1/training/courses/" + courseId).body();
        assertThat(course.get("registered").asLong()).isEqualTo(1);
        assertThat(course.get("waiting").asLong()).isEqualTo(2);

        assertThat(first.delete(path).status()).isEqualTo(200);

        JsonNode promoted = second.get(path).body();
        assertThat(promoted.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(promoted.path("waitingPosition").isIntegralNumber()).isFalse();
        assertThat(second.get("/api/v1/notifications").body().get(0).get("text").asString())
                .startsWith("您已由候补转为正式报名“知识产权质押融资实务”");
        assertThat(third.get(path).body().get("waitingPosition").asInt()).isEqualTo(1);
        assertThat(first.get(path).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/training/courses/" + courseId).body().get("registered").asLong())
                .isEqualTo(1);
    }

    @Test
    void leavingWaitingListKeepsPlaces() {
        long courseId = scheduleCourse("专利导航实务", 1);
        String path = "/api/v1/training/courses/" + courseId + "/registration";
        ApiClient first = enterpriseClient("候补退出一有限公司");
        ApiClient second = enterpriseClient("候补退出二有限公司");
        ApiClient third = enterpriseClient("候补退出三有限公司");
        first.post(path, Map.of());
        second.post(path, Map.of());
        third.post(path, Map.of());

        assertThat(second.delete(path).body().get("status").asString()).isEqualTo("CANCELLED");

        assertThat(first.get(path).body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(third.get(path).body().get("waitingPosition").asInt()).isEqualTo(1);
        assertThat(api().get("/api/v1/training/courses/" + courseId).body().get("waiting").asLong()).isEqualTo(1);
    }

    @Test
    void lastPlaceGoesToOneOfConcurrentRegistrants() throws Exception {
        int registrants = 6;
        long courseId = scheduleCourse("并发报名测试课程", 1);
        String path = "/api/v1/training/courses/" + courseId + "/registration";
        List<ApiClient> clients = new ArrayList<>();
        for (int i = 0; i < registrants; i++) {
            clients.add(enterpriseClient("并发培训测试有限公司"));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(registrants);
        List<Future<ApiClient.Response>> results = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try {
            for (ApiClient client : clients) {
                Callable<ApiClient.Response> registration = () -> {
                    start.await();
                    return client.post(path, Map.of());
                };
                results.add(pool.submit(registration));
            }
            start.countDown();
            for (Future<ApiClient.Response> result : results) {
                ApiClient.Response response = result.get();
                assertThat(response.status()).as(response.raw()).isEqualTo(200);
                statuses.add(response.body().get("status").asString());
                if (response.body().path("waitingPosition").isIntegralNumber()) {
                    positions.add(response.body().get("waitingPosition").asInt());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).filteredOn("CONFIRMED"::equals).hasSize(1);
        assertThat(statuses).filteredOn("WAITING"::equals).hasSize(registrants - 1);
        assertThat(positions).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        JsonNode course = api().get("/api/v1/training/courses/" + courseId).body();
        assertThat(course.get("registered").asLong()).isEqualTo(1);
        assertThat(course.get("waiting").asLong()).isEqualTo(registrants - 1);
    }

    @Test
    void registrationIsPrivateToItsUser() {
        long courseId = scheduleCourse("质押登记实务", 5);
        String path = "/api/v1/training/courses/" + courseId + "/registration";
        ApiClient owner = enterpriseClient("报名本人测试有限公司");
        ApiClient other = enterpriseClient("报名他人测试有限公司");
        owner.post(path, Map.of());

        assertThat(other.get(path).status()).isEqualTo(404);
        assertThat(other.delete(path).status()).isEqualTo(404);
        assertThat(owner.get(path).body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(api().get(path).status()).as("anonymous reading of a public prefix").isEqualTo(401);
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

    private long scheduleCourse(String title, int capacity) {
        ApiClient operator = signIn(createOperator());
        ApiClient.Response course = operator.post("/api/v1/training/courses", Map.of("title", title,
                "kind", "COURSE", "location", "太原市长风街 10 号", "capacity", capacity,
                "startsAt", Instant.now().plus(7, ChronoUnit.DAYS).toString()));
        assertThat(course.status()).as(course.raw()).isEqualTo(201);
        return course.body().get("id").asLong();
    }

    /** Signs in the first user of a new verified enterprise whose name starts with the prefix. */
    private ApiClient enterpriseClient(String namePrefix) {
        return signIn(verifiedMember("ENTERPRISE", namePrefix + TestData.uniqueUsername("")).username());
    }

    private ApiClient signIn(String username) {
        return api().signedInAs(username, TestData.PASSWORD);
    }
}
