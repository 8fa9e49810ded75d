package se.pejl.host.demo.internal;

import java.util.List;
import se.pejl.api.Municipality;
import se.pejl.api.host.MunicipalityDirectory;
import org.osgi.service.component.annotations.Component;

/** Tjörn, Lidköping and Skövde: a small region sharing one demo installation. */
@Component(service = MunicipalityDirectory.class, property = DemoClientDirectory.HOST_PROPERTY)
public final class DemoMunicipalities implements MunicipalityDirectory {

  private static final List<Municipality> ALL =
      DemoMunicipality.ALL.stream().map(m -> new Municipality(m.code(), m.name())).toList();

  @Override
  public List<Municipality> all() {
    return ALL;
  }
}
