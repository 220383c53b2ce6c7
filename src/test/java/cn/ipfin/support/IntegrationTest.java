package cn.ipfin.support;

import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.RegistrationForm;
import cn.ipfin.organization.RegistrationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the tests that run the whole application on a random port against embedded PostgreSQL and a
 * throwaway Lucene index. All of them share one Spring context, so the application starts once per run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected RegistrationService registrations;

    @Autowired
    protected OrganizationService organizations;

    @Autowired
    protected cn.ipfin.identity.UserAccountService accounts;

    /** Adds another user with the same role to a member's organisation and returns its username. */
    protected String addColleague(Member member, cn.ipfin.identity.Role role) {
        String username = TestData.uniqueUsername("colleague");
        accounts.createAccount(new cn.ipfin.identity.UserAccountService.NewAccount(username, TestData.PASSWORD,
                "同事", role, member.organizationId()), "username", "password");
        return username;
    }

    protected ApiClient api() {
        return new ApiClient("http://localhost:" + port, json);
    }

    /** A signed-in member of a verified organisation of the given type. */
    public record Member(Long organizationId, String organizationName, String username) {
    }

    /** Creates a platform operator account and returns its username. */
    protected String createOperator() {
        String username = TestData.uniqueUsername("operator");
        registrations.registerPlatform(new RegistrationForm("PLATFORM", "平台运营测试" + username,
                TestData.uniqueCreditCode(), "140105", "L", "运营人员", "0351-7000000", null, username,
                TestData.PASSWORD), "test");
        return username;
    }

    /** Registers an organisation of the given type and has it verified. */
    protected Member verifiedMember(String type, String name) {
        String username = TestData.uniqueUsername(type.toLowerCase(java.util.Locale.ROOT));
        Organization organization = registrations.register(new RegistrationForm(type, name,
                TestData.uniqueCreditCode(), "140105", "I", "联系人", "13912345678", null, username,
                TestData.PASSWORD));
        organizations.verify(organization.getId(), organization.getVersion(), "test");
        return new Member(organization.getId(), name, username);
    }
}
