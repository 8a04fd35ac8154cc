package vn.vinhdanh.deploy.stack;

/** A service answered, but not as expected. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiResponse response;

    ApiException(String message, ApiResponse response) {
        super(message);
        this.response = response;
    }

    public int status() {
        return response.status();
    }

    public ApiResponse response() {
        return response;
    }
}
