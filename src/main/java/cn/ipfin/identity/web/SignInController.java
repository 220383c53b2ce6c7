package cn.ipfin.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the sign-in page; Spring Security handles the form post and sign-out. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signInForm() {
        return "identity/login";
    }
}
