package vn.vinhdanh.problem;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods each resource path answers, read once from the JAX-RS annotations of the application's resources, so
 * that a 405 can carry the {@code Allow} header RFC 9110 requires (Quarkus REST's own 405 does not).
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern TEMPLATE_PARAMETER =
            Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private volatile Map<Pattern, Set<String>> byPath;

    /** "GET, HEAD, OPTIONS" for a path, or null when no resource template matches it. */
    public String allowHeader(String path) {
        Set<String> methods = new TreeSet<>();
        for (Map.Entry<Pattern, Set<String>> entry : index().entrySet()) {
            if (entry.getKey().matcher(path).matches()) {
                methods.addAll(entry.getValue());
            }
        }
        if (methods.isEmpty()) {
            return null;
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return String.join(", ", methods);
    }

    private Map<Pattern, Set<String>> index() {
        Map<Pattern, Set<String>> index = byPath;
        if (index == null) {
            index = build();
            byPath = index;
        }
        return index;
    }

    private static Map<Pattern, Set<String>> build() {
        Map<String, Set<String>> byTemplate = new LinkedHashMap<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethodOf(method);
                if (httpMethod == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String template = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                byTemplate.computeIfAbsent(template, t -> new TreeSet<>()).add(httpMethod);
            }
        }
        Map<Pattern, Set<String>> index = new LinkedHashMap<>();
        byTemplate.forEach((template, methods) -> index.put(toRegex(template), methods));
        return index;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    static Pattern toRegex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = TEMPLATE_PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            regex.append('(')
                    .append(
                            parameter.group(1) == null
                                    ? "[^/]+"
                                    : parameter.group(1).strip())
                    .append(')');
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex + "/?");
    }
}
