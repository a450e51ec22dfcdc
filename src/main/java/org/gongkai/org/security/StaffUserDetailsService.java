package org.gongkai.org.security;

import java.time.Clock;
import org.gongkai.org.StaffRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffRepository staff;
    private final Clock clock;

    StaffUserDetailsService(StaffRepository staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return staff.findByUsername(username)
                .map(a -> new StaffPrincipal(a, a.lockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
