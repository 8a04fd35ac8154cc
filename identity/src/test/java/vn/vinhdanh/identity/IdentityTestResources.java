package vn.vinhdanh.identity;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** The tokens of every @QuarkusTest here are signed with the key PlatformTestResource makes the application trust. */
@QuarkusTestResource(
        value = PlatformTestResource.class,
        restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "identity"))
public final class IdentityTestResources {

    private IdentityTestResources() {}
}
