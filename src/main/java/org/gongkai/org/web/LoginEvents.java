package org.gongkai.org.web;

import org.gongkai.org.security.LoginThrottle;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts login outcomes that carry the caller's address (form login, HTTP Basic) for {@link LoginThrottle}. */
@Component
class LoginEvents {

    private final LoginThrottle throttle;

    LoginEvents(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web) {
            throttle.failed(web.getRemoteAddress(), event.getAuthentication().getName());
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web) {
            throttle.succeeded(web.getRemoteAddress(), event.getAuthentication().getName());
        }
    }
}
