package vn.vinhdanh.desk;

import io.quarkus.qute.TemplateExtension;

/** Functions of the desk's templates, {@code {desk:inputId(name)}}. */
@TemplateExtension(namespace = "desk")
public final class DeskFunctions {

    private DeskFunctions() {}

    /** The id of a field's input, as {@link FormErrors#inputId} names it for the error summary's links. */
    static String inputId(String field) {
        return FormErrors.inputId(field);
    }
}
