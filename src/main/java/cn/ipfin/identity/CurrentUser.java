package cn.ipfin.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the security context holds it, for sessions and bearer tokens alike.
 *
 * <p>Controllers take it with {@code @AuthenticationPrincipal CurrentUser user}; services use
 * {@link #organizationId()} to keep each organisation to its own data.
 */
public record CurrentUser(Long userId, String username, String displayName, Role role, Long organizationId,
        String passwordHash, boolean locked, boolean enabled) implements UserDetails {

    public boolean hasRole(Role... roles) {
        return List.of(roles).contains(role);
    }

    /** Returns whether the user works for the platform operator (operators and administrators). */
    public boolean isPlatformStaff() {
        return hasRole(Role.OPERATOR, Role.ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Masks the password hash, which must never reach a log. */
    @Override
    public String toString() {
        return "CurrentUser[" + userId + ", " + username + ", " + role + ", organization " + organizationId + "]";
    }
}
