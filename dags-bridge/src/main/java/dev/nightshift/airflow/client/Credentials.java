package dev.nightshift.airflow.client;

import java.util.Optional;

/** The Authorization header of a request, and what to do when Airflow answers 401. */
interface Credentials {

  /** The header's value; empty when the connection has no credentials. */
  Optional<String> authorization();

  /** Forgets what Airflow refused; true when asking again may help (a fresh token). */
  boolean renew();
}
