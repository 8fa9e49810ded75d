package se.pejl.api.forms;

import java.util.List;
import java.util.Optional;

/** The instruments that can be answered now. */
public interface InstrumentRegistry {

  /** The newest version of the instrument, or empty when none is installed. */
  Optional<Instrument> find(String id);

  List<Instrument> all();
}
