package org.gongkai.org.security;

import java.util.Collection;
import java.util.List;
import org.gongkai.org.StaffAccount;
import org.gongkai.org.StaffMember;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security view of a staff account; controllers take it with {@code @AuthenticationPrincipal}. Once the
 * login succeeded the password hash is erased, so the session (stored in PostgreSQL, shared by every node) never
 * holds it.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;
    private StaffAccount account;
    private final boolean locked;

    StaffPrincipal(StaffAccount account, boolean locked) {
        this.account = account;
        this.locked = locked;
    }

    @Override
    public void eraseCredentials() {
        StaffAccount a = account;
        account = new StaffAccount(
                a.username(),
                null,
                a.displayName(),
                a.role(),
                a.unitCode(),
                a.enabled(),
                a.failedAttempts(),
                a.lockedUntil());
    }

    public StaffMember member() {
        return account.member();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
