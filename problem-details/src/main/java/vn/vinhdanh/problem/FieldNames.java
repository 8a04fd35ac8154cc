package vn.vinhdanh.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The name a client knows for the field behind a Bean Validation violation: the body's field path with list indices,
 * or the name under which it sent a query parameter or header. Public for the few places that validate by hand (a
 * batch item, a stored draft) and must name fields exactly as the mapper does.
 */
public final class FieldNames {

    private FieldNames() {}

    /**
     * {@code submit.request.nominee.name} becomes {@code nominee.name}, {@code submit.idempotencyKey} becomes
     * {@code Idempotency-Key}: the client knows no Java method names, only the body's fields and the names of the
     * query parameters and headers it sent.
     */
    public static String of(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean sawParameter = false;
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
                continue;
            }
            if (node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                sawParameter = true;
                String httpName = httpName(
                        resourceParameter(violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class)));
                names.add(httpName != null ? httpName : node.getName());
                continue;
            }
            if (node.isInIterable()) {
                // the node after a list names the element's index: evidence[1].criterionCode, awardIds[0]
                String subscript =
                        "[" + (node.getIndex() != null ? node.getIndex() : node.getKey() != null ? node.getKey() : "")
                                + "]";
                if (names.isEmpty()) {
                    names.add(subscript);
                } else {
                    names.set(names.size() - 1, names.get(names.size() - 1) + subscript);
                }
            }
            // a container element node (<list element>) and a bean node add no name of their own
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getKind() != ElementKind.BEAN
                    && node.getName() != null) {
                names.add(node.getName());
            }
        }
        // a body parameter's own name is noise (its subscript, for a list body, is not); a query or path
        // parameter's name is the field
        if (sawParameter && names.size() > 1) {
            String body = names.remove(0);
            int subscript = body.indexOf('[');
            if (subscript >= 0) {
                names.set(0, body.substring(subscript) + "." + names.get(0));
            }
        }
        return String.join(".", names).replace(".[", "[");
    }

    /** A null body parameter itself (not a field in it): the client sent no body at all. */
    static boolean isMissingBody(ConstraintViolation<?> violation) {
        if (violation.getInvalidValue() != null) {
            return false;
        }
        Path.MethodNode method = null;
        Path.ParameterNode parameter = null;
        int nodes = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else {
                nodes++;
                if (node.getKind() == ElementKind.PARAMETER) {
                    parameter = node.as(Path.ParameterNode.class);
                }
            }
        }
        if (parameter == null || nodes != 1) {
            return false;
        }
        Parameter declared = resourceParameter(violation.getRootBeanClass(), method, parameter);
        return declared != null && Arrays.stream(declared.getAnnotations()).noneMatch(FieldNames::isJaxRs);
    }

    /**
     * The parameter as the resource class declares it, with its JAX-RS annotations; null when the violation is not
     * on a resource method.
     */
    private static Parameter resourceParameter(
            Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        if (resource == null || method == null || parameter == null) {
            return null;
        }
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        // generated subclasses (interceptors) override the method without the JAX-RS annotations: look further up
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            Method declared;
            try {
                declared = type.getDeclaredMethod(method.getName(), types);
            } catch (NoSuchMethodException | SecurityException e) {
                continue;
            }
            if (!isJaxRs(declared)) {
                continue;
            }
            int index = parameter.getParameterIndex();
            return index >= 0 && index < declared.getParameterCount() ? declared.getParameters()[index] : null;
        }
        return null;
    }

    /** The name under which the client sent a parameter: {@code @QueryParam("size")}, {@code @HeaderParam(...)}. */
    private static String httpName(Parameter parameter) {
        if (parameter == null) {
            return null;
        }
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query != null) {
            return query.value();
        }
        HeaderParam header = parameter.getAnnotation(HeaderParam.class);
        if (header != null) {
            return header.value();
        }
        PathParam path = parameter.getAnnotation(PathParam.class);
        if (path != null) {
            return path.value();
        }
        CookieParam cookie = parameter.getAnnotation(CookieParam.class);
        if (cookie != null) {
            return cookie.value();
        }
        FormParam form = parameter.getAnnotation(FormParam.class);
        return form == null ? null : form.value();
    }

    /** The declaration that carries the JAX-RS annotations ({@code @POST}, {@code @Path}, parameter annotations). */
    private static boolean isJaxRs(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(FieldNames::isJaxRs)
                || Arrays.stream(method.getParameterAnnotations())
                        .flatMap(Arrays::stream)
                        .anyMatch(FieldNames::isJaxRs);
    }

    private static boolean isJaxRs(Annotation annotation) {
        String pkg = annotation.annotationType().getPackageName();
        return pkg.startsWith("jakarta.ws.rs") || pkg.startsWith("org.jboss.resteasy.reactive");
    }

    /** The JSON path of a body that did not map: {@code nominee.birthYear}, {@code evidence[2].text}. */
    public static String of(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
