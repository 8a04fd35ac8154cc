package vn.vinhdanh.deploy.stack;

import java.nio.file.Path;

/** The platform's services as the launcher knows them: module folder, default HTTP port and database. */
public enum Service {
    NOMINATION("nomination-service", "nomination", 8081),
    REVIEW("review-service", "review", 8082),
    AWARD("award-service", "award", 8083),
    PUBLICITY("publicity-service", "publicity", 8084);

    private final String moduleName;
    private final String shortName;
    private final int defaultPort;

    Service(String moduleName, String shortName, int defaultPort) {
        this.moduleName = moduleName;
        this.shortName = shortName;
        this.defaultPort = defaultPort;
    }

    /** Maven module folder and the name used in logs, e.g. {@code nomination-service}. */
    public String moduleName() {
        return moduleName;
    }

    /** E.g. {@code nomination}; the suffix of the service's database name. */
    public String shortName() {
        return shortName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The local stack's database, e.g. {@code vinhdanh_nomination}. */
    public String defaultDatabase() {
        return "vinhdanh_" + shortName;
    }

    /** The runnable application that {@code ./mvnw package} builds for this service. */
    public Path runnableJar(Path repoRoot) {
        return repoRoot.resolve(moduleName)
                .resolve("target")
                .resolve("quarkus-app")
                .resolve("quarkus-run.jar");
    }
}
