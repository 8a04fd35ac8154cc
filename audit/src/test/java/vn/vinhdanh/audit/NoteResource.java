package vn.vinhdanh.audit;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The test application's state change: writing a note, which a service would record in its trail the same way. */
@Path(NoteResource.PATH)
@Authenticated
public class NoteResource {

    static final String PATH = "/api/v1/notes";

    private final AuditTrail audit;

    public NoteResource(AuditTrail audit) {
        this.audit = audit;
    }

    @POST
    @Path("/{id}")
    @Transactional
    public void write(@PathParam("id") String id, String text) {
        audit.record("note.write", "note", id, text);
    }
}
