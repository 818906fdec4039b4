package org.trellis.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the REST API at {@code /trellis/api}. */
@ApplicationPath("api")
public class TrellisApi extends Application {
}
