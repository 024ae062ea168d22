package dev.nightshift.serving;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts the container's own refusals into problem documents, on every listener of the process: the
 * {@link ProblemReportValve} replaces Tomcat's (and Boot's) HTML error report, and the {@link
 * ParameterCheckValve} refuses undecodable parameters before the application reads them. Applied
 * after Boot's settings, so that Boot's error report valve is there to be replaced.
 */
final class ContainerProblems
    implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {
  private final ProblemWriter problems;

  ContainerProblems(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          StandardHost host = (StandardHost) context.getParent();
          Pipeline pipeline = host.getPipeline();
          for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve) {
              pipeline.removeValve(valve);
            }
          }
          // The host adds a valve of this class when it starts unless one is already there.
          host.setErrorReportValveClass(ProblemReportValve.class.getName());
          pipeline.addValve(new ProblemReportValve(problems));
          pipeline.addValve(new ParameterCheckValve());
        });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
