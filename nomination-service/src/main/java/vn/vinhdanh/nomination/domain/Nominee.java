package vn.vinhdanh.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.TargetGroup;

@Embeddable
public class Nominee {

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false)
    public NomineeKind kind;

    @Column(name = "nominee_name", nullable = false)
    public String name;

    @Column(name = "nominee_gender")
    public String gender;

    @Column(name = "nominee_birth_year")
    public Integer birthYear;

    @Column(name = "nominee_ethnicity")
    public String ethnicity;

    @Column(name = "nominee_position")
    public String position;

    @Column(name = "nominee_organization", nullable = false)
    public String organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_target_group", nullable = false)
    public TargetGroup targetGroup;

    @Column(name = "nominee_member_count")
    public Integer memberCount;
}
