package vn.vinhdanh.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** Every @QuarkusTest of this module runs against a real broker and a fresh real PostgreSQL database. */
@QuarkusTestResource(
        value = PlatformTestResource.class,
        restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "messaging"))
public final class MessagingTestResources {

    private MessagingTestResources() {}
}
