package org.gongkai.requests;

import java.util.Optional;

/** Where each government's choice of the outcomes that need a reviewer's approval is kept. */
public interface ReviewPolicyStore {

    Optional<ReviewPolicy> find(String governmentCode);

    void save(String governmentCode, ReviewPolicy policy, String by);
}
