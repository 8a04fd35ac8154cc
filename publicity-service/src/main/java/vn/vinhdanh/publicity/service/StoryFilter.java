package vn.vinhdanh.publicity.service;

import io.quarkus.panache.common.Parameters;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;

/** What readers of the feeds and news pages may filter on; null means any. */
public record StoryFilter(Sector sector, Level level) {

    /** The filter's conditions on the feature {@code f}, to append to a where clause. */
    String conditions() {
        StringBuilder conditions = new StringBuilder();
        if (sector != null) {
            conditions.append(" and f.sector = :sector");
        }
        if (level != null) {
            conditions.append(" and f.level = :level");
        }
        return conditions.toString();
    }

    /** Binds what {@link #conditions()} names. */
    Parameters bind(Parameters parameters) {
        if (sector != null) {
            parameters.and("sector", sector);
        }
        if (level != null) {
            parameters.and("level", level);
        }
        return parameters;
    }
}
