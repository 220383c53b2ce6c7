package cn.ipfin.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.ipfin.identity.Role;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class NotificationApiTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Test
    void recentListsOwnNotificationsTranslated() {
        Member investor = verifiedMember("INVESTOR", "通知测试投资有限公司");
        ApiClient client = signedInWithEmptyInbox(investor);
        notifications.notifyUser(investor.username(), "test.sample", "notification.unreadCount", List.of("7"),
                "/notifications");

        ApiClient.Response list = client.get("/api/v1/notifications");

        assertThat(list.status()).isEqualTo(200);
        List<JsonNode> samples = samples(list);
        assertThat(samples).hasSize(1);
        assertThat(samples.get(0).get("text").asString()).isEqualTo("7 条未读站内信");
        assertThat(samples.get(0).get("read").asBoolean()).isFalse();
        assertThat(samples(client.inLanguage("en").get("/api/v1/notifications")).get(0).get("text").asString())
                .isEqualTo("7 unread notifications");
        assertThat(client.get("/api/v1/notifications/unread-count").body().get("unread").asLong()).isEqualTo(1);

        long id = samples.get(0).get("id").asLong();
        assertThat(client.post("/api/v1/notifications/" + id + "/read", null).body().get("read").asBoolean())
                .isTrue();
        assertThat(client.get("/api/v1/notifications/unread-count").body().get("unread").asLong()).isZero();
    }

    @Test
    void notifyOrganizationReachesEveryColleague() {
        Member bank = verifiedMember("BANK", "通知测试银行股份有限公司");
        String colleague = addColleague(bank, Role.BANK);
        Member otherBank = verifiedMember("BANK", "通知测试另一银行股份有限公司");
        notifications.notifyOrganization(bank.organizationId(), "test.sample", "notification.unreadCount",
                List.of("3"), null);

        assertThat(samples(api().signedInAs(bank.username(), TestData.PASSWORD).get("/api/v1/notifications")))
                .hasSize(1);
        assertThat(samples(api().signedInAs(colleague, TestData.PASSWORD).get("/api/v1/notifications")))
                .hasSize(1);
        assertThat(samples(api().signedInAs(otherBank.username(), TestData.PASSWORD).get("/api/v1/notifications")))
                .isEmpty();
    }

    @Test
    void markReadRefusesAnotherUsersNotification() {
        Member owner = verifiedMember("ENTERPRISE", "通知测试科技有限公司");
        Member stranger = verifiedMember("ENTERPRISE", "通知测试另一科技有限公司");
        ApiClient ownerClient = signedInWithEmptyInbox(owner);
        notifications.notifyUser(owner.username(), "test.sample", "notification.unreadCount", List.of("1"), null);
        long id = samples(ownerClient.get("/api/v1/notifications")).get(0).get("id").asLong();

        ApiClient.Response attempt = api().signedInAs(stranger.username(), TestData.PASSWORD)
                .post("/api/v1/notifications/" + id + "/read", null);

        assertThat(attempt.status()).isEqualTo(404);
        assertThat(ownerClient.get("/api/v1/notifications/unread-count").body().get("unread").asLong())
                .isEqualTo(1);
        assertThat(api().get("/api/v1/notifications").status()).isEqualTo(401);
    }

    @Test
    void markAllReadLeavesOtherUsersUnread() {
        Member first = verifiedMember("INSURER", "通知测试保险股份有限公司");
        Member second = verifiedMember("INSURER", "通知测试另一保险股份有限公司");
        ApiClient firstClient = signedInWithEmptyInbox(first);
        signedInWithEmptyInbox(second);
        notifications.notifyUser(first.username(), "test.sample", "notification.unreadCount", List.of("1"), null);
        notifications.notifyUser(first.username(), "test.sample", "notification.unreadCount", List.of("2"), null);
        notifications.notifyUser(second.username(), "test.sample", "notification.unreadCount", List.of("1"), null);

        ApiClient.Response marked = firstClient.post("/api/v1/notifications/read-all", null);

        assertThat(marked.body().get("marked").asInt()).isEqualTo(2);
        assertThat(notifications.unreadCount(first.username())).isZero();
        assertThat(notifications.unreadCount(second.username())).isEqualTo(1);
    }

    /** Signs in and marks as read what membership already brought, such as the verification notice. */
    private ApiClient signedInWithEmptyInbox(Member member) {
        ApiClient client = api().signedInAs(member.username(), TestData.PASSWORD);
        client.post("/api/v1/notifications/read-all", null);
        return client;
    }

    private static List<JsonNode> samples(ApiClient.Response list) {
        return list.body().valueStream().filter(node -> node.get("category").asString().equals("test.sample"))
                .toList();
    }
}
