package vn.vinhdanh.problem;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What the API refuses in a request's path and query before any use case sees it, each as 400 naming the parameter:
 * <ul>
 * <li>text PostgreSQL cannot store, in a path or query parameter: a NUL character (it would answer 500 from the
 * database) or an unpaired surrogate ({@link StorableText});</li>
 * <li>on {@code /api/}: a query parameter the operation does not declare, as an unknown body field is refused (a
 * misspelt filter would otherwise be ignored and return everything). Public pages and feeds take any, as links
 * with tracking parameters must still open.</li>
 * </ul>
 */
public class RequestParameters {

    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        UriInfo uri = request.getUriInfo();
        for (Map.Entry<String, List<String>> parameter : uri.getPathParameters().entrySet()) {
            parameter.getValue().forEach(value -> storable(parameter.getKey(), value));
        }
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            storable(parameter.getKey(), parameter.getKey());
            parameter.getValue().forEach(value -> storable(parameter.getKey(), value));
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || query.isEmpty() || !uri.getPath().startsWith("/api/")) {
            return;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, RequestParameters::declaredQueryParameters);
        Set<String> unknown = new TreeSet<>(query.keySet());
        unknown.removeAll(declared);
        if (!unknown.isEmpty()) {
            String accepted = declared.isEmpty() ? "none" : String.join(", ", new TreeSet<>(declared));
            String name = unknown.iterator().next();
            throw new InvalidParameterException(
                    name,
                    "unknown query parameter; this operation takes: " + accepted,
                    "Tham số truy vấn không có trong thao tác này; các tham số được nhận: " + accepted);
        }
    }

    private static void storable(String parameter, String value) {
        StorableText.Problem problem = StorableText.problemIn(value);
        if (problem != null) {
            throw new InvalidParameterException(parameter, problem.english(), problem.vietnamese());
        }
    }

    private static Set<String> declaredQueryParameters(Method method) {
        Set<String> names = new HashSet<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                } else if (annotation instanceof RestQuery query
                        && !query.value().isEmpty()) {
                    names.add(query.value());
                } else if (annotation instanceof BeanParam) {
                    names.addAll(beanQueryParameters(types[i]));
                }
            }
        }
        return Set.copyOf(names);
    }

    private static Set<String> beanQueryParameters(Class<?> bean) {
        Set<String> names = new HashSet<>();
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                }
            }
            for (Method setter : type.getDeclaredMethods()) {
                QueryParam query = setter.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                }
            }
        }
        return names;
    }
}
