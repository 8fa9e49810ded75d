package se.pejl.api.store;

import java.time.LocalDate;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;

/** An answer stored while the host did not answer, still waiting for its demographic snapshot. */
public record PendingSnapshot(long responseId, MunicipalityCode municipality, ClientRef client,
    String unit, LocalDate answeredOn) {}
