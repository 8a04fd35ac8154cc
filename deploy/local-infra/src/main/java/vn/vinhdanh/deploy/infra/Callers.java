package vn.vinhdanh.deploy.infra;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/**
 * Requests made with a real signed token for a role, as the platform's users make them: the one way every module's
 * {@code @QuarkusTest}s call the application under test.
 */
public final class Callers {

    private Callers() {}

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(PlatformTestResource.token("test-" + role, role, null));
    }

    public static RequestSpecification as(String subject, String role) {
        return given().auth().oauth2(PlatformTestResource.token(subject, role, null));
    }

    public static RequestSpecification agency(String agencyCode) {
        return given().auth().oauth2(PlatformTestResource.token("portal-" + agencyCode, "agency", agencyCode));
    }
}
