package dev.nightshift.platform.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a request that repeats a query parameter its handler takes one value of ({@code
 * ?limit=1&limit=500}), on every controller: Spring would silently bind the first value. Lists
 * ({@code ?tags=a&tags=b}) stay repeatable.
 */
@Component
final class SingleValuedParameters implements WebMvcConfigurer, HandlerInterceptor {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler)
      throws RepeatedParameterException {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    for (MethodParameter parameter : method.getMethodParameters()) {
      RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
      if (annotation == null || multiValued(parameter.nestedIfOptional())) {
        continue;
      }
      String name = annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
      String[] values = name == null ? null : request.getParameterValues(name);
      if (values != null && values.length > 1) {
        throw new RepeatedParameterException(name, values.length);
      }
    }
    return true;
  }

  private static boolean multiValued(MethodParameter parameter) {
    Class<?> type = parameter.getNestedParameterType();
    return type.isArray()
        || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type);
  }
}
