package dev.nightshift.scheduler.store.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements the scheduler executes, so that an idle scheduler can be shown to
 * send (next to) none. Wraps connections in proxies that count every {@code execute*} call.
 */
public final class StatementCounter {
  private final AtomicLong executed = new AtomicLong();

  public long executed() {
    return executed.get();
  }

  Connection wrap(Connection connection) {
    return proxy(Connection.class, connection, (target, method, args) -> {
      Object result = invoke(target, method, args);
      return result instanceof Statement statement ? wrap(statement, method.getReturnType())
          : result;
    });
  }

  private Object wrap(Statement statement, Class<?> type) {
    return proxy(type, statement, (target, method, args) -> {
      if (method.getName().startsWith("execute")) {
        executed.incrementAndGet();
      }
      return invoke(target, method, args);
    });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private interface Handler {
    Object handle(Object target, Method method, Object[] args) throws Throwable;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Object target, Handler handler) {
    InvocationHandler h = (proxy, method, args) -> handler.handle(target, method, args);
    return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
        new Class<?>[] {type}, h);
  }
}
