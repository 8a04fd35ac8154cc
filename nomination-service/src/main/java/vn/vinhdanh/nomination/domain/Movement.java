package vn.vinhdanh.nomination.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;

/** An emulation movement (phong trào thi đua) that nominations are made in. */
@Entity
public class Movement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MovementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Column(nullable = false)
    public int year;

    public String organizer;

    @Enumerated(EnumType.STRING)
    public Sector sector;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Movement> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
