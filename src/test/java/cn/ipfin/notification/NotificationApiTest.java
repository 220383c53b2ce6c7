package cn.ipfin.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.ipfin.identity.Role;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.IntegrationTest;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationApiTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Test
    void recentListsOwnNotificationsTranslated() {
        Member investor = verifiedMember("INVESTOR", "通知测试投资有限公司");
        notifications.notifyUser(investor.username(), "test.sample", "notification.unreadCount", List.of("7"),
                "/notifications");
        ApiClient client = api().signedInAs(investor.username(), TestData.PASSWORD);

        ApiClient.Response list = client.get("/api/v1/notifications");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).hasSize(1);
        assertThat(list.body().get(0).get("text").asString()).isEqualTo("7 条未读站内信");
        assertThat(list.body().get(0).get("read").asBoolean()).isFalse();
        assertThat(client.inLanguage("en").get("/api/v1/notifications").body().get(0).get("text").asString())
                .isEqualTo("7 unread notifications");
        assertThat(client.get("/api/v1/notifications/unread-count").body().get("unread").asLong()).isEqualTo(1);

        long id = list.body().get(0).get("id").asLong();
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

        assertThat(api().signedInAs(bank.username(), TestData.PASSWORD).get("/api/v1/notifications").body())
                .hasSize(1);
        assertThat(api().signedInAs(colleague, TestData.PASSWORD).get("/api/v1/notifications").body()).hasSize(1);
        assertThat(api().signedInAs(otherBank.username(), TestData.PASSWORD).get("/api/v1/notifications").body())
                .isEmpty();
    }

    @Test
    void markReadRefusesAnotherUsersNotification() {
        Member owner = verifiedMember("ENTERPRISE", "通知测试科技有限公司");
        Member stranger = verifiedMember("ENTERPRISE", "通知测试另一科技有限公司");
        notifications.notifyUser(owner.username(), "test.sample", "notification.unreadCount", List.of("1"), null);
        ApiClient ownerClient = api().signedInAs(owner.username(), TestData.PASSWORD);
        long id = ownerClient.get("/api/v1/notifications").body().get(0).get("id").asLong();

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
        notifications.notifyUser(first.username(), "test.sample", "notification.unreadCount", List.of("1"), null);
        notifications.notifyUser(first.username(), "test.sample", "notification.unreadCount", List.of("2"), null);
        notifications.notifyUser(second.username(), "test.sample", "notification.unreadCount", List.of("1"), null);

        ApiClient.Response marked = api().signedInAs(first.username(), TestData.PASSWORD)
                .post("/api/v1/notifications/read-all", null);

        assertThat(marked.body().get("marked").asInt()).isEqualTo(2);
        assertThat(notifications.unreadCount(first.username())).isZero();
        assertThat(notifications.unreadCount(second.username())).isEqualTo(1);
    }
}
