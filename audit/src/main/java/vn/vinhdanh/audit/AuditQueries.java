package vn.vinhdanh.audit;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The service's audit trail as the API and the admin's page read it: newest first, filtered, a page at a time. */
@ApplicationScoped
public class AuditQueries {

    /** Each filter is optional; {@code action} matches its start ("review." lists every review action). */
    public record Filter(String resourceType, String resourceId, String actor, String action) {

        public Filter(String resourceType, String resourceId, String actor) {
            this(resourceType, resourceId, actor, null);
        }
    }

    public List<AuditEntry> list(Filter filter, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.resourceType() != null) {
            query.append(" and resourceType = :resourceType");
            parameters.and("resourceType", filter.resourceType());
        }
        if (filter.resourceId() != null) {
            query.append(" and resourceId = :resourceId");
            parameters.and("resourceId", filter.resourceId());
        }
        if (filter.actor() != null) {
            query.append(" and actor = :actor");
            parameters.and("actor", filter.actor());
        }
        if (filter.action() != null) {
            query.append(" and action like :action");
            parameters.and("action", filter.action().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        query.append(" order by occurredAt desc, id");
        return AuditEntry.<AuditEntry>find(query.toString(), parameters)
                .page(page, size)
                .list();
    }
}
