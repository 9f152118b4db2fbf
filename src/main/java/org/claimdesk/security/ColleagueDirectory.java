package org.claimdesk.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.security.internal.ColleagueRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is on the desk: for assigning work, naming people and checking that they are still active. */
@Service
@Transactional(readOnly = true)
public class ColleagueDirectory {

    private final ColleagueRepository colleagues;

    ColleagueDirectory(ColleagueRepository colleagues) {
        this.colleagues = colleagues;
    }

    /** Active accounts that may review claims (Reviewer and above), by display name. */
    @PreAuthorize(Roles.HAS_VIEWER)
    public List<Colleague> reviewers() {
        return colleagues.activeReviewers();
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    public Optional<Colleague> find(long accountId) {
        return colleagues.byId(accountId);
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    public Optional<Colleague> find(UUID publicId) {
        return colleagues.byPublicId(publicId);
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    public Optional<Colleague> findByUsername(String username) {
        return colleagues.byUsername(username);
    }
}
