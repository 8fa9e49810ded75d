package se.pejl.launcher;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens a resource each time it is asked, so that a {@link BundleSet} or a set of default
 * configuration files holds no open streams between starts.
 */
@FunctionalInterface
public interface ResourceSource {

    /** Opens a new stream; the caller closes it. */
    InputStream open() throws IOException;
}
