package vn.vinhdanh.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import vn.vinhdanh.deploy.stack.Service;

/**
 * The services' databases, which the drivers read to find their work (ids only) and the measurements read for the
 * services' own timestamps: reading them instead of listing through the API keeps the benchmark from loading the
 * services with thousands of reads no real user would make.
 */
record ServiceDatabases(Map<Service, String> jdbcUrls, String user, String password) {

    Connection connect(Service service) throws SQLException {
        return DriverManager.getConnection(jdbcUrls.get(service), user, password);
    }
}
