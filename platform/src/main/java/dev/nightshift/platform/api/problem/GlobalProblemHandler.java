package dev.nightshift.platform.api.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Spring MVC's refusals for every request as problem documents, also where no controller was found
 * (an unknown path is a 404 problem). Boot's own handler steps back once an application declares
 * one.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class GlobalProblemHandler extends SpringProblems {}
