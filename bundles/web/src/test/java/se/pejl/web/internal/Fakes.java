package se.pejl.web.internal;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.host.RequestView;
import se.pejl.api.host.UserContext;

/** Fakes for the web tests: a host that knows one user, and the few request parts a resource reads. */
final class Fakes {
  static final String LOGIN = "Basic bWFuYWdlci50am9ybjpkZW1v"; // manager.tjorn:demo

  private Fakes() {}

  static PejlUser manager(java.util.Locale locale) {
    return new PejlUser("manager.tjorn", "Maria Chef", Set.of(Role.MANAGER), MunicipalityCode.of("1407"), Set.of(),
        locale);
  }

  /** A host that knows the user behind {@link #LOGIN} and asks for HTTP Basic otherwise. */
  static UserContext host(PejlUser user) {
    return new UserContext() {
      @Override
      public Optional<PejlUser> currentUser(RequestView request) {
        return request.header("Authorization").filter(LOGIN::equals).map(h -> user);
      }

      @Override
      public Optional<String> challenge() {
        return Optional.of("Basic realm=\"Pejl demo\", charset=\"UTF-8\"");
      }
    };
  }

  /** A host that knows the user whatever the request, for resources called without headers. */
  static UserContext always(PejlUser user) {
    return request -> Optional.of(user);
  }

  static MultivaluedMap<String, String> params(String... namesAndValues) {
    MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  static UriInfo query(String... namesAndValues) {
    MultivaluedMap<String, String> query = params(namesAndValues);
    return fake(UriInfo.class, Map.of("getQueryParameters", args -> query));
  }

  /** An interface answering the named methods, and failing loudly on any other. */
  @SuppressWarnings("unchecked")
  static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      Function<Object[], Object> answer = answers.get(method.getName());
      if (answer != null) {
        return answer.apply(args == null ? new Object[0] : args);
      }
      if (method.getName().equals("toString")) {
        return "fake " + type.getSimpleName();
      }
      throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
    });
  }
}
