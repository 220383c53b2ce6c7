package cn.ipfin.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.identity.UserAccountService.NewAccount;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.RegistrationService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;

/** The second demo operator on a database that already has the other demo data. */
class DemoDataLoaderTest {

    private final UserAccountService accounts = mock(UserAccountService.class);
    private final DemoDataLoader loader = new DemoDataLoader(mock(RegistrationService.class),
            mock(OrganizationService.class), accounts, mock(IpAssetService.class));

    @Test
    void loadedDatabaseGetsSecondOperator() {
        when(accounts.usernameTaken("admin")).thenReturn(true);
        when(accounts.loadUserByUsername("admin")).thenReturn(new CurrentUser(1L, "admin", "系统管理员", Role.ADMIN,
                7L, "hash", false, true));

        loader.run(new DefaultApplicationArguments());

        ArgumentCaptor<NewAccount> account = ArgumentCaptor.forClass(NewAccount.class);
        verify(accounts).createAccount(account.capture(), eq("username"), eq("password"));
        assertThat(account.getValue().username()).isEqualTo("operator2");
        assertThat(account.getValue().role()).isEqualTo(Role.OPERATOR);
        assertThat(account.getValue().organizationId()).isEqualTo(7L);
        assertThat(account.getValue().password()).isEqualTo(DemoDataLoader.PASSWORD);
    }

    @Test
    void existingSecondOperatorIsKept() {
        when(accounts.usernameTaken("admin")).thenReturn(true);
        when(accounts.usernameTaken("operator2")).thenReturn(true);
        when(accounts.loadUserByUsername("admin")).thenReturn(new CurrentUser(1L, "admin", "系统管理员", Role.ADMIN,
                7L, "hash", false, true));

        loader.run(new DefaultApplicationArguments());

        verify(accounts, never()).createAccount(any(), any(), any());
    }
}
