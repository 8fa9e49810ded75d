package se.pejl.it.arquillian;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.enricher.resource.ResourceProvider;

/** Registers the embedded Felix container with Arquillian (found through META-INF/services). */
public final class FelixExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.service(DeployableContainer.class, FelixDeployableContainer.class)
                .service(ResourceProvider.class, BundleContextProvider.class);
    }
}
