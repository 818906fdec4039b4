package org.trellis.framework.entity;

import java.util.Map;

/**
 * A framework version was put in force. Fired inside the publishing transaction, after the people
 * on the retired version's levels followed to the same codes, so that observers (open requests) follow
 * too — or refuse the publication, which then rolls back whole.
 *
 * @param actor the login of whoever published
 * @param levelsByCode the levels of the version now in force
 */
public record VersionPublished(String actor, FrameworkVersion published, Map<String, Level> levelsByCode) {
}
