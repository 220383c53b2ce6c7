package cn.ipfin.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts, loads them for sign-in and keeps the count of failed sign-ins that locks an account.
 */
@Service
public class UserAccountService implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final int maxFailedSignIns;
    private final Duration lockoutDuration;

    UserAccountService(UserAccounts accounts, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${ipfin.security.max-failed-sign-ins}") int maxFailedSignIns,
            @Value("${ipfin.security.lockout-duration}") Duration lockoutDuration) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.maxFailedSignIns = maxFailedSignIns;
        this.lockoutDuration = lockoutDuration;
    }

    /**
     * Creates an account after checking the username and the password policy.
     *
     * @throws InvalidInputException when the username or password is unacceptable, naming the fields
     *         {@code usernameField} and {@code passwordField}
     * @throws ConflictException when the username is taken
     */
    @Transactional
    public Long createAccount(NewAccount account, String usernameField, String passwordField) {
        validate(account, usernameField, passwordField);
        if (accounts.existsByUsername(account.username())) {
            throw new ConflictException("account.username.taken", "account.username.taken", account.username());
        }

        UserAccount saved = accounts.save(new UserAccount(account.username(),
                passwordEncoder.encode(account.password()), account.displayName(), account.role(),
                account.organizationId(), clock.instant()));
        log.info("Created account {} with role {} for organization {}", saved.getId(), saved.getRole(),
                saved.getOrganizationId());
        return saved.getId();
    }

    /** Collects the username and password violations of a new account without touching the database. */
    public List<InvalidInputException.Violation> violations(NewAccount account, String usernameField,
            String passwordField) {
        List<InvalidInputException.Violation> violations = new java.util.ArrayList<>();
        String username = account.username();
        if (username == null || !username.matches("[A-Za-z][A-Za-z0-9_.-]{2,31}")) {
            violations.add(new InvalidInputException.Violation(usernameField, "account.username.invalid"));
        }
        PasswordPolicy.violation(account.password())
                .ifPresent(key -> violations.add(new InvalidInputException.Violation(passwordField, key)));
        return violations;
    }

    private void validate(NewAccount account, String usernameField, String passwordField) {
        List<InvalidInputException.Violation> violations = violations(account, usernameField, passwordField);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public boolean usernameTaken(String username) {
        return accounts.existsByUsername(username);
    }

    @Override
    @Transactional(readOnly = true)
    public CurrentUser loadUserByUsername(String username) {
        return accounts.findByUsername(username).map(this::toCurrentUser)
                .orElseThrow(() -> new UsernameNotFoundException("No account named " + username));
    }

    @Transactional(readOnly = true)
    public Optional<CurrentUser> findById(Long userId) {
        return accounts.findById(userId).map(this::toCurrentUser);
    }

    @Transactional(readOnly = true)
    public List<CurrentUser> membersOf(Long organizationId) {
        return accounts.findByOrganizationIdOrderByUsername(organizationId).stream().map(this::toCurrentUser).toList();
    }

    @Transactional
    void recordFailedSignIn(String username) {
        accounts.findByUsername(username).ifPresent(account -> {
            account.recordFailedSignIn(clock.instant(), maxFailedSignIns, lockoutDuration);
            if (account.isLockedAt(clock.instant())) {
                log.warn("Locked account {} until {} after {} failed sign-ins", account.getId(),
                        account.getLockedUntil(), maxFailedSignIns);
            }
        });
    }

    @Transactional
    void recordSuccessfulSignIn(String username) {
        accounts.findByUsername(username).ifPresent(UserAccount::recordSuccessfulSignIn);
    }

    CurrentUser toCurrentUser(UserAccount account) {
        return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getOrganizationId(), account.getPasswordHash(), account.isLockedAt(clock.instant()),
                account.isEnabled());
    }

    /** The data of an account to create. */
    public record NewAccount(String username, String password, String displayName, Role role, Long organizationId) {

        @Override
        public String toString() {
            return "NewAccount[" + username + ", " + role + ", organization " + organizationId + "]";
        }
    }
}
