package vn.vinhdanh.audit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** Every @QuarkusTest of this module runs against a fresh real PostgreSQL database, with real signed tokens. */
@QuarkusTestResource(
        value = PlatformTestResource.class,
        restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "audit"))
public final class AuditTestResources {

    private AuditTestResources() {}
}
