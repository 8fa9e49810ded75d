package se.pejl.host.jdbc.internal;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds a {@link JdbcHostConfig} from property names and values, with the annotation's defaults
 * for the rest, the way Declarative Services does (method {@code a_b} reads property {@code a.b}).
 */
final class TestConfigs {

  private TestConfigs() {}

  /** Host "Procapita test" for 1480 on the given URL, Derby's factory, plus the overrides. */
  static JdbcHostConfig config(String url, Object... overrides) {
    Map<String, Object> props = new HashMap<>();
    props.put("pejl.host", "Procapita test");
    props.put("pejl.municipality", "1480");
    props.put("url", url);
    props.put("dataSourceFactory.target", "(osgi.jdbc.driver.class=org.apache.derby.jdbc.EmbeddedDriver)");
    for (int i = 0; i < overrides.length; i += 2) {
      props.put((String) overrides[i], overrides[i + 1]);
    }
    return (JdbcHostConfig) Proxy.newProxyInstance(JdbcHostConfig.class.getClassLoader(),
        new Class<?>[] {JdbcHostConfig.class}, (proxy, method, args) -> {
          if (method.getName().equals("annotationType")) {
            return JdbcHostConfig.class;
          }
          if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("toString") ? "JdbcHostConfig" + props
                : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : proxy == args[0];
          }
          String property = method.getName().replace('_', '.');
          Object value = props.containsKey(property) ? props.get(property) : method.getDefaultValue();
          if (value == null) {
            return method.getReturnType() == int.class ? 0 : null;
          }
          return method.getReturnType() == int.class ? Integer.valueOf(value.toString()) : value.toString();
        });
  }
}
