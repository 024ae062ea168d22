package dev.nightshift.benchmarks.serving;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** nginx serving a folder of static files on a loopback port, with a minimal generated config. */
final class NginxServer implements AutoCloseable {
  private final Process process;
  final int port;

  private NginxServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** {@code keepAliveRequests}: requests a connection answers before nginx closes it. */
  static NginxServer start(Path nginx, Path root, Path workDir, int port, int keepAliveRequests)
      throws IOException, InterruptedException {
    Files.createDirectories(workDir.resolve("logs"));
    Path config = workDir.resolve("nginx.conf");
    Files.writeString(
        config,
        """
        worker_processes auto;
        daemon off;
        pid %1$s/nginx.pid;
        error_log %1$s/logs/error.log warn;
        events { worker_connections 1024; }
        http {
          access_log off;
          sendfile on;
          tcp_nopush on;
          keepalive_requests %4$d;
          default_type application/json;
          client_body_temp_path %1$s/client_body;
          proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi;
          uwsgi_temp_path %1$s/uwsgi;
          scgi_temp_path %1$s/scgi;
          server {
            listen 127.0.0.1:%2$d;
            root %3$s;
            location / { try_files $uri =404; }
          }
        }
        """
            .formatted(workDir, port, root, keepAliveRequests));
    Process process =
        new ProcessBuilder(nginx.toString(), "-p", workDir.toString(), "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("logs/stdout.log").toFile())
            .start();
    awaitPort(process, port, workDir);
    return new NginxServer(process, port);
  }

  private static void awaitPort(Process process, int port, Path workDir)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "nginx exited at start: " + Files.readString(workDir.resolve("logs/stdout.log")));
      }
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYetListening) {
        Thread.sleep(50);
      }
    }
    throw new IllegalStateException("nginx did not listen on port " + port + " within 10 s");
  }

  /** CPU seconds of the master and worker processes so far. */
  double cpuSeconds() {
    return ProcessCpu.seconds(process.toHandle(), true);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
