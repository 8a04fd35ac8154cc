package vn.vinhdanh.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** What the test application's creating POST creates. */
@Entity
@Table(name = "greeting")
public class Greeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String text;
}
