package se.pejl.it.probe.api;

/** A service interface shared between the tests and the probe bundle through the system bundle. */
public interface Greeter {

    String greet(String name);
}
