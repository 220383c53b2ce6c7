package cn.ipfin.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, resolves and revokes opaque bearer tokens for API clients such as the mobile app and bank systems.
 *
 * <p>A token is 32 random bytes in URL-safe Base64; the database keeps only its SHA-256 hash, and a token
 * stops working at its expiry or when revoked.
 */
@Service
public class ApiTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final UserAccountService accounts;
    private final Clock clock;
    private final Duration validity;

    ApiTokenService(ApiTokens tokens, UserAccountService accounts, Clock clock,
            @Value("${ipfin.security.token-validity}") Duration validity) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.validity = validity;
    }

    /** A newly issued token; the plain value is shown once and never stored. */
    public record IssuedToken(String value, Duration validity) {

        @Override
        public String toString() {
            return "IssuedToken[masked, " + validity + "]";
        }
    }

    @Transactional
    public IssuedToken issue(CurrentUser user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        tokens.save(new ApiToken(hash(value), user.userId(), now, now.plus(validity)));
        return new IssuedToken(value, validity);
    }

    /** Returns the user of a usable token, or empty when the token is unknown, expired or revoked. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> resolve(String value) {
        return tokens.findByTokenHash(hash(value))
                .filter(token -> token.isUsableAt(clock.instant()))
                .flatMap(token -> accounts.findById(token.getUserId()))
                .filter(user -> user.isEnabled() && user.isAccountNonLocked());
    }

    @Transactional
    public void revoke(String value) {
        tokens.findByTokenHash(hash(value)).ifPresent(token -> token.revoke(clock.instant()));
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
