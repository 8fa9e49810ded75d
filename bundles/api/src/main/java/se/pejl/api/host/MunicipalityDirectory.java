package se.pejl.api.host;

import java.util.List;
import java.util.Optional;
import se.pejl.api.Municipality;
import se.pejl.api.MunicipalityCode;

/** The municipalities sharing this Pejl installation (one, or a region's). */
public interface MunicipalityDirectory {

  /** Every municipality of the installation, in the order reports list them. */
  List<Municipality> all();

  default Optional<Municipality> find(MunicipalityCode code) {
    return all().stream().filter(m -> m.code().equals(code)).findFirst();
  }
}
