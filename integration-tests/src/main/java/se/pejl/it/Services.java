package se.pejl.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Waits for OSGi services in a test and hands them out typed.
 *
 * <p>The trackers stay open until {@link #close()}: closing one releases the service, and Declarative
 * Services deactivates a delayed component nobody uses, which would leave the test holding a
 * deactivated object. Close it after the test ({@code @AfterEach}, or try-with-resources).
 *
 * <p>A service is typed only if the test and the providing bundle share its interface: its package must
 * be in the container's {@code systemPackagesExtra}. Otherwise {@link #awaitService} says so rather
 * than failing later with a {@link ClassCastException}.
 */
public final class Services implements AutoCloseable {

    private final BundleContext context;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    public Services(BundleContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** Waits up to {@code timeout} for a service registered under {@code type}. */
    public <T> T awaitService(Class<T> type, Duration timeout) {
        return awaitService(type, null, timeout);
    }

    /**
     * Waits up to {@code timeout} for a service registered under {@code type} that also matches
     * {@code filter}, e.g. {@code (format=pdf)}.
     *
     * @throws AssertionError if none comes in time, or it does not implement the test's {@code type}
     */
    public <T> T awaitService(Class<T> type, String filter, Duration timeout) {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, filter(type, filter), null);
        synchronized (trackers) {
            trackers.add(tracker);
        }
        tracker.open();
        Object service;
        try {
            service = tracker.waitForService(Math.max(1, timeout.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + describe(type, filter), e);
        }
        if (service == null) {
            throw new AssertionError("No " + describe(type, filter) + " within " + timeout);
        }
        if (!type.isInstance(service)) {
            throw new AssertionError(describe(type, filter) + " is " + service.getClass().getName()
                    + " from another class loader: add the package of " + type.getName()
                    + " to the container's systemPackagesExtra");
        }
        return type.cast(service);
    }

    /** Closes every tracker, releasing the services handed out. */
    @Override
    public void close() {
        synchronized (trackers) {
            trackers.forEach(ServiceTracker::close);
            trackers.clear();
        }
    }

    private Filter filter(Class<?> type, String extra) {
        String objectClass = "(" + Constants.OBJECTCLASS + "=" + type.getName() + ")";
        try {
            return context.createFilter(extra == null ? objectClass : "(&" + objectClass + extra + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("Not an LDAP filter: " + extra, e);
        }
    }

    private static String describe(Class<?> type, String filter) {
        return "service " + type.getName() + (filter == null ? "" : " " + filter);
    }
}
