package de.lotse.common.demo;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.util.Collection;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Demo data is a Flyway location of its own, {@code db/demo}, applied only when
 * {@code lotse.demo-data} is true (the demo profile of ./lotse run). Quarkus scans Flyway's
 * locations at build time, so the build holds both; everywhere else (tests, production) this
 * customizer hides the demo scripts from Flyway at start-up.
 */
@Singleton
public class DemoDataLocation implements FlywayConfigurationCustomizer {

    static final String DEMO_PATH = "db/demo/";

    private final boolean demoData;

    public DemoDataLocation(@ConfigProperty(name = "lotse.demo-data", defaultValue = "false") boolean demoData) {
        this.demoData = demoData;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        ResourceProvider all = configuration.getResourceProvider();
        if (demoData || all == null) {
            return;
        }
        configuration.resourceProvider(new ResourceProvider() {
            @Override
            public LoadableResource getResource(String name) {
                return isDemo(name) ? null : all.getResource(name);
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
                return all.getResources(prefix, suffixes).stream()
                        .filter(resource -> !isDemo(resource.getAbsolutePath()))
                        .toList();
            }
        });
    }

    private static boolean isDemo(String path) {
        return path != null && (path.startsWith(DEMO_PATH) || path.contains("/" + DEMO_PATH));
    }
}
