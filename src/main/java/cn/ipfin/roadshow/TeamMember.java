package cn.ipfin.roadshow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member of the project team (核心团队) with the position held and an optional background. */
@Embeddable
public record TeamMember(@Column(nullable = false) String name, @Column(nullable = false) String title,
        String background) {
}
