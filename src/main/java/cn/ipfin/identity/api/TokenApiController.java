package cn.ipfin.identity.api;

import cn.ipfin.identity.ApiTokenService;
import cn.ipfin.identity.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Issues bearer tokens to API clients in exchange for a username and password, and revokes them. */
@RestController
@RequestMapping("/api/v1/auth/token")
class TokenApiController {

    private final AuthenticationManager authenticationManager;
    private final ApiTokenService tokens;
    private final MessageSource messages;

    TokenApiController(AuthenticationManager authenticationManager, ApiTokenService tokens, MessageSource messages) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
        this.messages = messages;
    }

    record TokenRequest(@NotBlank(message = "{auth.username.missing}") String username,
            @NotBlank(message = "{auth.password.missing}") String password) {

        @Override
        public String toString() {
            return "TokenRequest[" + username + ", password masked]";
        }
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    @PostMapping
    TokenResponse issue(@Valid @RequestBody TokenRequest request) {
        Authentication authentication = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        ApiTokenService.IssuedToken token = tokens.issue((CurrentUser) authentication.getPrincipal());
        return new TokenResponse(token.value(), "Bearer", token.validity().toSeconds());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@RequestHeader(name = "Authorization", required = false) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(authorization.substring(7).trim());
        }
    }

    @ExceptionHandler(LockedException.class)
    ProblemDetail handleLocked(LockedException e) {
        return problem("authentication.locked", "auth.locked");
    }

    @ExceptionHandler(org.springframework.security.core.AuthenticationException.class)
    ProblemDetail handleBadCredentials(org.springframework.security.core.AuthenticationException e) {
        return problem("authentication.failed", "auth.badCredentials");
    }

    private ProblemDetail problem(String code, String messageKey) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                messages.getMessage(messageKey, null, locale));
        problem.setTitle(messages.getMessage("error.title.401", null, locale));
        problem.setProperty("code", code);
        return problem;
    }
}
