package cn.ipfin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.PageClient;
import org.junit.jupiter.api.Test;

/**
 * Requests of one browser session that run at the same time. Right after sign-in the session has no CSRF token,
 * so every page request stores a new one under the same attribute name. Spring Session JDBC must write it as an
 * upsert, because otherwise all but one of the requests fail with a duplicate key on
 * {@code spring_session_attributes}.
 */
class ConcurrentSessionRequestsTest extends IntegrationTest {

    private static final int PARALLEL_REQUESTS = 8;
    private static final int SIGN_INS = 5;

    @Test
    void parallelSessionRequestsAllSucceed() throws Exception {
        Member enterprise = verifiedMember("ENTERPRISE", "并发会话测试有限公司");
        List<Integer> statuses = new ArrayList<>();

        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_REQUESTS);
        try {
            for (int round = 0; round < SIGN_INS; round++) {
                statuses.addAll(fireTogether(pool, PageClient.signedIn(port, enterprise.username())));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).hasSize(PARALLEL_REQUESTS * SIGN_INS);
        assertThat(statuses).containsOnly(200);
    }

    private static List<Integer> fireTogether(ExecutorService pool, PageClient session) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < PARALLEL_REQUESTS; i++) {
            responses.add(pool.submit(() -> {
                start.await();
                return session.get("/workbench");
            }));
        }
        start.countDown();

        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> response : responses) {
            statuses.add(response.get(60, TimeUnit.SECONDS).statusCode());
        }
        return statuses;
    }
}
