package dev.nightshift.airflow.runner;

import dev.nightshift.airflow.client.AirflowClient;
import dev.nightshift.airflow.client.AirflowClients;
import dev.nightshift.airflow.client.AirflowConnection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Airflow connections of a deployment by name, each opened once (on first use, so that an
 * Airflow that is down at start does not stop Nightshift) and then shared.
 */
public final class AirflowConnections {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

  private final Map<String, AirflowConnection> byName = new TreeMap<>();
  private final AirflowClients clients;
  private final Map<String, AirflowClient> open = new ConcurrentHashMap<>();

  public AirflowConnections(Iterable<AirflowConnection> connections, AirflowClients clients) {
    for (AirflowConnection connection : connections) {
      if (!NAME.matcher(connection.name()).matches()) {
        throw new IllegalArgumentException("Airflow connection name '" + connection.name()
            + "' may hold only letters, digits, '_' and '-'");
      }
      byName.put(connection.name(), connection);
    }
    this.clients = clients;
  }

  public boolean has(String name) {
    return byName.containsKey(name);
  }

  public java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(byName.keySet());
  }

  /** The client of the named connection; opening it may fail with an AirflowException. */
  public AirflowClient client(String name) {
    AirflowConnection connection = byName.get(name);
    if (connection == null) {
      throw new IllegalArgumentException("no Airflow connection named '" + name + "'"
          + (byName.isEmpty() ? "; none is configured" : "; configured: " + String.join(", ", byName.keySet())));
    }
    // Not computeIfAbsent: opening talks to Airflow, and a failure must not be remembered.
    AirflowClient client = open.get(name);
    if (client == null) {
      client = clients.open(connection);
      open.putIfAbsent(name, client);
    }
    return client;
  }
}
