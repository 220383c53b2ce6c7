package cn.ipfin.roadshow;

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

class RoadshowEventApiTest extends IntegrationTest {

    private static final int CAPACITY = 3;
    private static final int REGISTRANTS = 8;

    @Test
    void concurrentRegistrationsNeverExceedCapacity() throws Exception {
        long eventId = scheduleEvent(CAPACITY);
        List<ApiClient> clients = new ArrayList<>();
        for (int i = 0; i < REGISTRANTS; i++) {
            clients.add(signIn(verifiedMember("INVESTOR", "并发报名创投" + TestData.uniqueUsername("")).username()));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REGISTRANTS);
        List<Future<ApiClient.Response>> results = new ArrayList<>();
        try {
            for (ApiClient client : clients) {
                Callable<ApiClient.Response> registration = () -> {
                    start.await();
                    return client.post("/api/v1/roadshow/events/" + eventId + "/registration", Map.of());
                };
                results.add(pool.submit(registration));
            }
            start.countDown();
            List<String> statuses = new ArrayList<>();
            for (Future<ApiClient.Response> result : results) {
                ApiClient.Response response = result.get();
                assertThat(response.status()).as(response.raw()).isEqualTo(200);
                statuses.add(response.body().get("status").asString());
            }

            assertThat(statuses).filteredOn("CONFIRMED"::equals).hasSize(CAPACITY);
            assertThat(statuses).filteredOn("WAITING"::equals).hasSize(REGISTRANTS - CAPACITY);
        } finally {
            pool.shutdownNow();
        }
        ApiClient.Response event = api().get("/api/v1/roadshow/events/" + eventId);
        assertThat(event.body().get("confirmed").asLong()).isEqualTo(CAPACITY);
        assertThat(event.body().get("waiting").asLong()).isEqualTo(REGISTRANTS - CAPACITY);
    }

    @Test
    void cancellationPromotesFirstWaitingRegistrant() {
        long eventId = scheduleEvent(1);
        ApiClient holder = signIn(verifiedMember("INVESTOR", "占位创投" + TestData.uniqueUsername("")).username());
        ApiClient firstWaiting = signIn(verifiedMember("ENTERPRISE", "候补一测试有限公司" + TestData.uniqueUsername(""))
                .username());
        ApiClient secondWaiting = signIn(verifiedMember("ENTERPRISE", "候补二测试有限公司" + TestData.uniqueUsername(""))
                .username());
        String path = "/api/v1/roadshow/events/" + eventId + "/registration";
        assertThat(holder.post(path, Map.of()).body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(firstWaiting.post(path, Map.of()).body().get("status").asString()).isEqualTo("WAITING");
        assertThat(secondWaiting.post(path, Map.of()).body().get("status").asString()).isEqualTo("WAITING");

        ApiClient.Response cancelled = holder.delete(path);

        assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
        ApiClient.Response event = api().get("/api/v1/roadshow/events/" + eventId);
        assertThat(event.body().get("confirmed").asLong()).isEqualTo(1);
        assertThat(event.body().get("waiting").asLong()).isEqualTo(1);
        assertThat(firstWaiting.get("/api/v1/notifications").body().get(0).get("category").asString())
                .isEqualTo("roadshow.registration-promoted");
        assertThat(secondWaiting.get("/api/v1/notifications").body().findValuesAsString("category"))
                .doesNotContain("roadshow.registration-promoted", "roadshow.registration-confirmed");
        assertThat(holder.get("/api/v1/notifications").body().get(0).get("text").asString())
                .startsWith("您已成功报名路演活动“综改区硬科技专场路演”");
        assertThat(firstWaiting.post(path, Map.of()).status()).isEqualTo(409);
        assertThat(secondWaiting.delete(path).body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(api().get("/api/v1/roadshow/events/" + eventId).body().get("waiting").asLong()).isZero();
    }

    @Test
    void onlyOperatorsScheduleEvents() {
        ApiClient investor = signIn(verifiedMember("INVESTOR", "排期越权创投" + TestData.uniqueUsername("")).username());

        ApiClient.Response response = investor.post("/api/v1/roadshow/events", eventBody(10));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void eventInThePastIsRejected() {
        Map<String, Object> body = new java.util.HashMap<>(eventBody(10));
        body.put("startsAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        body.put("capacity", 0);

        ApiClient.Response response = signIn(createOperator()).post("/api/v1/roadshow/events", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").findValuesAsString("field")).containsExactly("startsAt", "capacity");
    }

    private long scheduleEvent(int capacity) {
        ApiClient.Response created = signIn(createOperator()).post("/api/v1/roadshow/events", eventBody(capacity));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private static Map<String, Object> eventBody(int capacity) {
        return Map.of("title", "综改区硬科技专场路演", "description", "六个项目现场路演", "format", "OFFLINE",
                "location", "太原市学府街 1 号", "startsAt", Instant.now().plus(10, ChronoUnit.DAYS).toString(),
                "capacity", capacity);
    }

    private ApiClient signIn(String username) {
        return api().signedInAs(username, TestData.PASSWORD);
    }
}
