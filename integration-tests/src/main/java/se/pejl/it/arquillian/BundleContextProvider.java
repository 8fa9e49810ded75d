package se.pejl.it.arquillian;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Objects;

import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.test.spi.enricher.resource.ResourceProvider;
import org.osgi.framework.BundleContext;

/**
 * Gives tests {@code @ArquillianResource BundleContext}: the system bundle's context of the running
 * {@link FelixDeployableContainer}.
 */
public final class BundleContextProvider implements ResourceProvider {

    @Inject
    private Instance<BundleContext> containerScoped;

    @Inject
    private Instance<ContainerRegistry> registry;

    @Override
    public boolean canProvide(Class<?> type) {
        return type == BundleContext.class;
    }

    @Override
    public Object lookup(ArquillianResource resource, Annotation... qualifiers) {
        BundleContext context = containerScoped.get();
        if (context != null) {
            return context;
        }
        // Arquillian activates a container's scope for a test only when it can tell the test's
        // deployment; with several deployments and no @OperateOnDeployment it cannot. One running
        // Felix container is still unambiguous.
        List<BundleContext> running = registry.get().getContainers().stream()
                .map(Container::getDeployableContainer)
                .filter(FelixDeployableContainer.class::isInstance)
                .map(container -> ((FelixDeployableContainer) container).runningBundleContext())
                .filter(Objects::nonNull)
                .toList();
        if (running.size() != 1) {
            throw new IllegalStateException(running.size() + " Felix containers are running;"
                    + " name the deployment with @OperateOnDeployment to choose one");
        }
        return running.get(0);
    }
}
