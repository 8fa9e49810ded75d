package se.pejl.it.probe;

import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import se.pejl.it.probe.api.Greeter;

/** Runs inside the probe bundle: registers a {@link Greeter} for the tests to find. */
public final class ProbeActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("language", "sv");
        context.registerService(Greeter.class, name -> "Hej " + name, properties);
    }

    @Override
    public void stop(BundleContext context) {
        // The framework unregisters the service with the bundle.
    }
}
