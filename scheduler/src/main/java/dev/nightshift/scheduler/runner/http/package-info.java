/** The {@code http} runner: one request per try, judged by its status code. */
package dev.nightshift.scheduler.runner.http;
